"""The task classifier, read top to bottom in the order of nanoGPT / makemore:

    encoding.py     the text the model reads, and its token ids
    config.py       ModelConfig and TrainConfig (plain dataclasses: the serving process reads them too)
    task.py         TrainingTask: the labels, the dataset builder and the parsers' outcomes, handed in
    model.py        the network (torch)
    training.py     the training loop (torch)
    calibration.py  temperature and the parsers' evidence (fitted with torch, applied in plain Python)
    artifact.py     the recipe fingerprint, the .pt checkpoint (torch, weights_only) and atomic writes
    export.py       the serving weights: the checkpoint's tensors as plain arrays in a .npz
    inference.py    Prediction and the classifier: the forward pass in NumPy, no torch
    loader.py       load the export, or train / export in a child process that alone imports torch
    reference.py    the torch path the NumPy one is tested and measured against (never served)

Nothing here imports the skills or the data package: the labels, the dataset builder and the parsers'
outcomes come in as a TrainingTask (training.py), built by app/services/classifier_setup.py.
"""
