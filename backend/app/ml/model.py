"""The network: embedding -> strided character convolutions -> one-layer GRU -> linear head.

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

__all__ = ["CONV_STRIDE", "ModelConfig", "TinyReasoningModel"]

CONV_STRIDE = 2  # each convolution reads 4 positions and steps by 2


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

    @property
    def stride(self) -> int:
        """How many characters one GRU step covers; inputs are padded to a multiple of it."""
        return int(CONV_STRIDE**self.config.conv_layers)

    def _states(self, token_ids: torch.Tensor) -> torch.Tensor:
        """(B, T) with T a multiple of the stride -> GRU outputs (B, T / stride, H)."""
        features = self.embedding(token_ids).transpose(1, 2)  # (B, E, T)
        for conv in self.convs:
            features = torch.relu(conv(nn.functional.pad(features, (CONV_STRIDE, 0))))  # left padding only
        outputs: torch.Tensor = self.gru(features.transpose(1, 2))[0]  # (B, T / stride, H)
        return outputs

    def forward(self, token_ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """token_ids (B, T) padded with 0 to a multiple of the stride, lengths (B,) -> logits (B, L)."""
        outputs = self._states(token_ids)
        last = outputs[torch.arange(len(lengths)), (lengths + self.stride - 1) // self.stride - 1]  # (B, H)
        logits: torch.Tensor = self.head(last)  # (B, L)
        return logits

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
        features = torch.embedding(self.embedding.weight, token_ids).transpose(1, 2)  # (1, E, T)
        for conv in cast("Iterable[nn.Conv1d]", self.convs):
            features = torch.relu(  # (1, C, T / 2), then (1, C, T / 4)
                nn.functional.conv1d(
                    torch.constant_pad_nd(features, (CONV_STRIDE, 0)), conv.weight, conv.bias, CONV_STRIDE
                )
            )
        initial_state = features.new_zeros(1, 1, self.config.hidden_dim)
        # nn.GRU.forward ends in this call: (input, h0, weights, has_biases, layers, dropout, train,
        # bidirectional, batch_first).
        outputs = torch.gru(  # (1, T / stride, H)
            features.transpose(1, 2),
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
