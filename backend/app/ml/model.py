"""The network: embedding -> strided character convolutions -> one-layer GRU -> linear head (the task), and
an operand tagger beside it: a tag for every character (O, or the start or inside of an operand span).

Shapes: B = batch, T = characters (a multiple of the stride), E = embedding, C = conv channels,
H = GRU hidden size, L = labels. inference.py re-implements forward_one in NumPy; the two are held equal
by tests/ml/test_numpy_forward.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import torch
from torch import nn

from app.ml.config import ModelConfig

__all__ = ["CONV_STRIDE", "LOOKAHEAD", "TAG_MARGIN", "ModelConfig", "TinyReasoningModel"]

CONV_STRIDE = 2  # each convolution reads 4 positions and steps by 2
TAG_MARGIN = 2  # the tagger reads each block's characters with two more on either side
LOOKAHEAD = 2  # and the convolutions' features of the two blocks after it


def strided_conv(features: torch.Tensor, conv: nn.Conv1d) -> torch.Tensor:
    """ReLU(conv(features)) with the convolution padded on the left only: (B, T, C_in) -> (B, T / 2, C_out).

    The nn.Conv1d holds the weights (so the checkpoint and the NumPy runtime read them as before), but the product
    is two matrix products, as in the NumPy runtime: the padded map seen as blocks of s rows, window t is blocks t
    and t + 1. For these few channels a convolution kernel (oneDNN) cost two fifths of a training step.
    """
    batch, size, channels = features.shape
    padded = torch.constant_pad_nd(features, (0, 0, CONV_STRIDE, 0))  # (B, T + s, C_in)
    blocks = padded.reshape(batch, size // CONV_STRIDE + 1, CONV_STRIDE * channels)  # (B, T / s + 1, s * C_in)
    weight = conv.weight.permute(0, 2, 1).reshape(conv.weight.shape[0], -1)  # (C_out, K * C_in), position-major
    half = CONV_STRIDE * channels
    first = nn.functional.linear(blocks[:, :-1], weight[:, :half], conv.bias)
    return torch.relu(first + nn.functional.linear(blocks[:, 1:], weight[:, half:]))


class TinyReasoningModel(nn.Module):
    """Each convolution halves the sequence (reading character 4-grams, then 4-grams of those), so the GRU,
    the slow part on a CPU, runs over a fraction of the steps. The head reads the GRU state at each
    sequence's true end. Convolutions are padded on the left only, so no output depends on anything after
    its own characters: a sequence padded at the end gives exactly the same state at its true end as the
    same sequence alone.
    """

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.embedding = nn.Embedding(config.vocab_size, config.embedding_dim, padding_idx=0)
        widths = [config.embedding_dim] + [config.conv_channels] * config.conv_layers
        self.convs = nn.ModuleList(
            nn.Conv1d(widths[i], widths[i + 1], kernel_size=2 * CONV_STRIDE, stride=CONV_STRIDE)
            for i in range(config.conv_layers)
        )
        self.gru = nn.GRU(widths[-1], config.hidden_dim, batch_first=True)
        self.head = nn.Linear(config.hidden_dim, config.num_labels)
        if config.num_tags:
            # A character's tag depends on its neighbours (is it inside a number, a quoted word?), on what came
            # before (the GRU's state at its block), on what comes after ("... backwards": the convolutions'
            # features of the next LOOKAHEAD blocks) and on the task (the GRU's final state). It is all computed
            # per block, which then gives the tags of its `stride` characters: per character, or with a
            # backward GRU for the right context, the tagger tripled the training time.
            stride = CONV_STRIDE**config.conv_layers
            window = (stride + 2 * TAG_MARGIN) * config.embedding_dim
            reads = window + config.hidden_dim + LOOKAHEAD * config.conv_channels
            self.tag_blocks = nn.Linear(reads, config.tag_hidden)
            self.tag_prompt = nn.Linear(config.hidden_dim, config.tag_hidden, bias=False)
            self.tag_head = nn.Linear(config.tag_hidden, stride * config.num_tags)

    @property
    def stride(self) -> int:
        """How many characters one GRU step covers; inputs are padded to a multiple of it."""
        return int(CONV_STRIDE**self.config.conv_layers)

    def _states(self, token_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """(B, T) with T a multiple of the stride -> embeddings (B, T, E), block features (B, T / stride, C),
        GRU outputs (B, T / stride, H)."""
        embedded = self.embedding(token_ids)  # (B, T, E)
        blocks = embedded
        for conv in cast("Iterable[nn.Conv1d]", self.convs):
            blocks = strided_conv(blocks, conv)  # (B, T / 2, C), then (B, T / 4, C)
        outputs: torch.Tensor = self.gru(blocks)[0]  # (B, T / stride, H)
        return embedded, blocks, outputs

    def _last(self, outputs: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        return outputs[torch.arange(len(lengths)), (lengths + self.stride - 1) // self.stride - 1]  # (B, H)

    def forward(self, token_ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """token_ids (B, T) padded with 0 to a multiple of the stride, lengths (B,) -> logits (B, L)."""
        logits: torch.Tensor = self.head(self._last(self._states(token_ids)[2], lengths))  # (B, L)
        return logits

    def forward_joint(
        self, token_ids: torch.Tensor, lengths: torch.Tensor, tagged: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Both heads: task logits (B, L), and tag logits (R, T, num_tags) of the rows `tagged` selects (all by
        default; positions past a sequence's end are meaningless). Training tags only the prompts that have
        operands to tag, a third less work."""
        embedded, blocks, outputs = self._states(token_ids)
        last = self._last(outputs, lengths)
        if tagged is not None:
            embedded, blocks, outputs, lengths = embedded[tagged], blocks[tagged], outputs[tagged], lengths[tagged]
            return self.head(last), self._tags(embedded, blocks, outputs, last[tagged], lengths)
        return self.head(last), self._tags(embedded, blocks, outputs, last, lengths)

    def _tags(
        self,
        embedded: torch.Tensor,
        blocks: torch.Tensor,
        outputs: torch.Tensor,
        last: torch.Tensor,
        lengths: torch.Tensor,
    ) -> torch.Tensor:
        batch, steps, stride = blocks.shape[0], blocks.shape[1], self.stride
        # The features of the LOOKAHEAD blocks after each block; zeros past the sequence's end (the padding's
        # own features would make a padded batch differ from the sequence alone).
        valid = (lengths + stride - 1) // stride  # (B,)
        inside = (torch.arange(steps)[None, :] < valid[:, None]).unsqueeze(2)
        ahead = nn.functional.pad(blocks * inside, (0, 0, 0, LOOKAHEAD))  # (B, S + LOOKAHEAD, C)
        later = [ahead[:, k : k + steps] for k in range(1, LOOKAHEAD + 1)]
        # Each block's characters with TAG_MARGIN more on either side, as one row (zero embeddings past the ends).
        padded = nn.functional.pad(embedded, (0, 0, TAG_MARGIN, TAG_MARGIN))  # (B, T + 2M, E)
        windows = padded.unfold(1, stride + 2 * TAG_MARGIN, stride)  # (B, S, E, stride + 2M)
        window = windows.transpose(2, 3).reshape(batch, steps, -1)  # (B, S, (stride + 2M) * E), character-major
        hidden = self.tag_blocks(torch.cat((window, outputs, *later), dim=2)) + self.tag_prompt(last)[:, None, :]
        tags: torch.Tensor = self.tag_head(torch.relu(hidden))  # (B, S, stride * num_tags)
        return tags.reshape(batch, steps * stride, -1)  # (B, T, num_tags)

    @torch.inference_mode()
    def tag_logits_one(self, token_ids: torch.Tensor) -> torch.Tensor:
        """One sequence (1, T) -> tag logits (T, num_tags) of its own characters: the reference for the NumPy
        tagger (inference.py)."""
        size = token_ids.shape[1]
        remainder = size % self.stride
        if remainder:
            token_ids = torch.constant_pad_nd(token_ids, (0, self.stride - remainder))
        lengths = torch.tensor([size])
        embedded, blocks, outputs = self._states(token_ids)
        tags = self._tags(embedded, blocks, outputs, self._last(outputs, lengths), lengths)
        return tags[0, :size]

    def forward_one(self, token_ids: torch.Tensor) -> torch.Tensor:
        """One sequence (1, T) -> logits (1, L), padded only up to a multiple of the stride; inference only.

        The reference for the NumPy runtime. It runs the very kernels of forward() on the same weights, so
        the logits are the same bit for bit (tests/ml/test_forward_one.py), but calls them directly: for a
        20-character prompt the module wrappers (hooks, GRU argument checks) cost a quarter of the pass.
        """
        # torch.constant_pad_nd and torch.embedding are what F.pad (constant mode) and F.embedding end in,
        # without their Python argument checks.
        remainder = token_ids.shape[1] % self.stride
        if remainder:
            token_ids = torch.constant_pad_nd(token_ids, (0, self.stride - remainder))
        features = torch.embedding(self.embedding.weight, token_ids)  # (1, T, E)
        for conv in cast("Iterable[nn.Conv1d]", self.convs):
            features = strided_conv(features, conv)  # (1, T / 2, C), then (1, T / 4, C)
        initial_state = features.new_zeros(1, 1, self.config.hidden_dim)
        # nn.GRU.forward ends in this call: (input, h0, weights, has_biases, layers, dropout, train,
        # bidirectional, batch_first).
        outputs = torch.gru(  # (1, T / stride, H)
            features,
            initial_state,
            cast("list[torch.Tensor]", self.gru._flat_weights),
            True,
            1,
            0.0,
            False,
            False,
            True,
        )[0]
        logits: torch.Tensor = nn.functional.linear(outputs[:, -1], self.head.weight, self.head.bias)  # (1, L)
        return logits
