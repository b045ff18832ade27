"""Development commands, outside the runtime package (the image ships app/ only): `python -m devtools.evaluate`
(make eval) scores the model on a labelled set; `python -m devtools.typo_probe` counts answers that change
when an instruction word gets a slip."""
