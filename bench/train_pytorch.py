#!/usr/bin/env python3
"""Reference training step in PyTorch for the side-by-side throughput benchmark (bench/train-vs-pytorch.sh).

The same Llama-style model as MedRec.Model (RMSNorm, rotary embeddings, SwiGLU, causal attention, tied embeddings),
the same AdamW update (decay on matrices only) and gradient clipping, random token batches, fixed threads.
Prints one JSON line: {"framework":"pytorch", "tokens_per_s":..., "s_per_step":..., ...}.
A benchmark reference only: the product never imports Python.
"""
import argparse
import json
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

PRESETS = {  # dim, layers, heads, ffn_hidden - mirror ModelConfig presets
    "tiny": (32, 2, 4, 64),
    "small": (256, 4, 8, 704),
    "base": (384, 6, 6, 1024),
}


class RmsNorm(nn.Module):
    def __init__(self, dim, eps=1e-5):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(dim))

    def forward(self, x):
        return self.weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps))


def rope_tables(head_dim, seq, theta=10000.0):
    inv = 1.0 / (theta ** (torch.arange(0, head_dim, 2).float() / head_dim))
    angles = torch.outer(torch.arange(seq).float(), inv)
    return angles.cos(), angles.sin()


def apply_rope(x, cos, sin):
    # rotate-half layout (as MedRec stores Q/K); x: (batch, heads, seq, head_dim)
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    cos = torch.cat([cos, cos], -1)
    sin = torch.cat([sin, sin], -1)
    return x * cos + torch.cat([-x2, x1], -1) * sin


class Block(nn.Module):
    def __init__(self, dim, heads, ffn):
        super().__init__()
        self.heads = heads
        self.attn_norm = RmsNorm(dim)
        self.wq = nn.Linear(dim, dim, bias=False)
        self.wk = nn.Linear(dim, dim, bias=False)
        self.wv = nn.Linear(dim, dim, bias=False)
        self.wo = nn.Linear(dim, dim, bias=False)
        self.ffn_norm = RmsNorm(dim)
        self.w1 = nn.Linear(dim, ffn, bias=False)
        self.w3 = nn.Linear(dim, ffn, bias=False)
        self.w2 = nn.Linear(ffn, dim, bias=False)

    def forward(self, x, cos, sin, mask):
        b, t, d = x.shape
        h = self.attn_norm(x)
        shape = (b, t, self.heads, d // self.heads)
        q = apply_rope(self.wq(h).view(shape).transpose(1, 2), cos, sin)
        k = apply_rope(self.wk(h).view(shape).transpose(1, 2), cos, sin)
        v = self.wv(h).view(shape).transpose(1, 2)
        # PyTorch 1.13 has no scaled_dot_product_attention: explicit masked softmax attention.
        att = (q @ k.transpose(-2, -1)) / math.sqrt(q.shape[-1])
        att = att.masked_fill(mask, float("-inf")).softmax(-1)
        x = x + self.wo((att @ v).transpose(1, 2).reshape(b, t, d))
        h = self.ffn_norm(x)
        return x + self.w2(F.silu(self.w1(h)) * self.w3(h))


class Llama(nn.Module):
    def __init__(self, vocab, dim, layers, heads, ffn, seq):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.blocks = nn.ModuleList(Block(dim, heads, ffn) for _ in range(layers))
        self.norm = RmsNorm(dim)
        cos, sin = rope_tables(dim // heads, seq)
        self.register_buffer("cos", cos)
        self.register_buffer("sin", sin)
        self.register_buffer("mask", torch.triu(torch.ones(seq, seq, dtype=torch.bool), 1))
        for m in self.modules():  # small normal init, as MedRec.Model does
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)

    def forward(self, tokens, targets):
        x = self.embed(tokens)
        for block in self.blocks:
            x = block(x, self.cos, self.sin, self.mask)
        logits = self.norm(x) @ self.embed.weight.t()  # tied output head
        return F.cross_entropy(logits.float().reshape(-1, logits.shape[-1]), targets.reshape(-1))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--preset", default="small", choices=PRESETS)
    ap.add_argument("--vocab", type=int, default=8000)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--steps", type=int, default=6)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--bf16", action="store_true", help="bf16 autocast for matmuls, fp32 master weights")
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    dim, layers, heads, ffn = PRESETS[a.preset]
    model = Llama(a.vocab, dim, layers, heads, ffn, a.seq)
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=1e-3, betas=(0.9, 0.95))
    times, phases = [], []
    for step in range(a.warmup + a.steps):
        tokens = torch.randint(0, a.vocab, (a.batch, a.seq + 1))
        start = time.perf_counter()
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=a.bf16):
            loss = model(tokens[:, :-1], tokens[:, 1:])
        forward = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        loss.backward()
        loss.item()
        backward = time.perf_counter()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        end = time.perf_counter()
        if step >= a.warmup:
            times.append(end - start)
            phases.append((forward - start, backward - forward, end - backward))
    s = statistics.median(times)
    forward_ms, backward_ms, update_ms = (round(1000 * statistics.median(p[i] for p in phases), 1) for i in range(3))
    print(json.dumps({
        "framework": "pytorch", "version": torch.__version__, "preset": a.preset,
        "params": sum(p.numel() for p in model.parameters()), "batch": a.batch, "seq": a.seq,
        "threads": a.threads, "bf16": a.bf16, "s_per_step": round(s, 4),
        "tokens_per_s": round(a.batch * a.seq / s, 1), "loss": round(loss.item(), 4),
        "forward_ms": forward_ms, "backward_ms": backward_ms, "update_ms": update_ms,
    }))


if __name__ == "__main__":
    main()
