#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reference numbers for Eightfold's training maths, computed in float64 by an independent
# implementation (Debian's PyTorch; every formula below is written from docs/method.md, not from
# the C++), on the tiny GPT-2 fixture (tests/data/gpt2/tiny) as the frozen reference model and a
# perturbed copy of it as the policy, so that π ≠ π_ref and β matters.
#
# Writes, under <outdir> (tests/data/training):
#   policy/config.json, policy/model.safetensors   the policy: tiny GPT-2's weights + N(0, 0.05²)
#                                                  noise (seed 2024), F32, hub GPT-2 names
#   reference.json                                 the token sequences and, per case, the losses,
#                                                  per-sequence log-probabilities, the L2 norm of
#                                                  every parameter's gradient and the whole
#                                                  gradient of the four 1-D tensors listed in
#                                                  GRAD_VECTORS, keyed by Eightfold's parameter
#                                                  names (h0_qkv.weight, …)
#
# Cases (docs/method.md, "DPO", "RPO", "Per-step DPO", "Advantage-weighted RL", "SFT"):
#   dpo          3 pairs of complete solutions after a prompt, β ∈ {0.1, 0.5}, α ∈ {0, 1}
#                (α = 0: DPO; α = 1: RPO = DPO + α · mean over pairs of the chosen completion's
#                mean token NLL)
#   step_prefix  3 per-step pairs with a shared prefix ŷ_1..ŷ_{c−1} inside the masked prompt, a
#                complete chosen continuation and the rejected pit step alone (no EOS); same β, α
#   awr          3 credited samples, step weights exp(A/β) divided by their mean over the steps
#                with an advantage and clipped at max_weight (a step without one weighs 0; EOS
#                takes the last step's weight); loss Σ w·NLL / (number of solution tokens);
#                β ∈ {0.1, 0.5}
#   adamw        4 SFT steps on 4 examples (the whole set each step): AdamW (betas 0.9/0.95,
#                eps 1e-8, decoupled weight decay on tensors with ≥ 2 dimensions), linear warmup
#                (2 steps) + cosine to min_lr (lr/2, lr, lr, min_lr), global-norm clipping at 1.0;
#                per step the lr, loss and gradient norm before clipping; after the last step the
#                norm of every parameter's change and the GRAD_VECTORS tensors' values. The key
#                third of each attention's qkv bias is left out of its change: softmax ignores a
#                constant added to every score of a row, so its gradient is exactly zero and Adam's
#                update g / (|g| + eps) of it is rounding noise in any implementation (~lr/10 in
#                float32, ~1e-9·lr in float64)
#   schedule     the learning rate of every step of a 12-step schedule with 3 warmup steps
#
# Regenerate (Debian's python3-torch; the pyenv python3 has no torch):
#   apt-get install python3-torch
#   /usr/bin/python3 tests/data/training/make_training_reference.py tests/data/training
#
# Self-checks (the script fails if one does not hold): the hand-written AdamW equals
# torch.optim.AdamW on the same gradients; DPO with π = π_ref gives log 2 and a zero margin; the
# autograd gradient of the DPO loss matches a central finite difference along a random direction.

import json
import math
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "gpt2"))
import make_tiny_gpt2 as gpt2  # noqa: E402  (the float64 forward and the safetensors I/O)

EOS = gpt2.EOT_ID
POLICY_SEED = 2024
POLICY_NOISE = 0.05
SEQUENCE_SEED = 99
BETAS = [0.1, 0.5]
ALPHAS = [0.0, 1.0]
AWR_MAX_WEIGHT = 3.0
GRAD_VECTORS = ["ln_f.weight", "ln_f.bias", "h1_fc_out.bias", "h0_ln1.weight"]
ADAMW = {"steps": 4, "warmup_steps": 2, "lr": 3e-3, "min_lr": 3e-4, "weight_decay": 0.1,
         "grad_clip": 1.0, "batch_size": 4, "eps": 1e-8, "betas": [0.9, 0.95]}

HF_PARTS = {"ln_1": "ln1", "ln_2": "ln2", "attn.c_attn": "qkv", "attn.c_proj": "proj",
            "mlp.c_fc": "fc", "mlp.c_proj": "fc_out"}


def ours(hf):
    """Eightfold's parameter name for a hub GPT-2 name (h.0.attn.c_attn.weight -> h0_qkv.weight)."""
    if not hf.startswith("h."):
        return hf
    _, layer, rest = hf.split(".", 2)
    part, kind = rest.rsplit(".", 1)
    return f"h{layer}_{HF_PARTS[part]}.{kind}"


def as_leaves(weights):
    return {n: t.detach().to(torch.float64).clone().requires_grad_(True) for n, t in weights}


# ---------------------------------------------------------------- sequences


def draw(gen, n):
    """n token ids in 0..EOS-1 (never the end-of-text id)."""
    return torch.randint(0, EOS, (n,), generator=gen).tolist()


def make_sequences():
    gen = torch.Generator().manual_seed(SEQUENCE_SEED)
    dpo = []
    for i in range(3):
        prompt = [EOS] + draw(gen, 4 + i)
        dpo.append({"prompt_len": len(prompt),
                    "chosen": prompt + draw(gen, 5 + i) + [EOS],
                    "rejected": prompt + draw(gen, 3 + 2 * i) + [EOS]})
    prefix = []
    for i in range(3):
        shared = [EOS] + draw(gen, 4) + draw(gen, 3 + i)   # BOS, prompt, steps ŷ_1..ŷ_{c−1}
        prefix.append({"prompt_len": len(shared),
                       "chosen": shared + draw(gen, 4 + i) + [EOS],   # a successful rollout
                       "rejected": shared + draw(gen, 3)})           # the pit step, no EOS
    awr = []
    advantages = [[0.25, -0.4, 0.1], [-0.05, 0.3, None], [0.6, -0.2, -0.35, 0.05]]
    for i, adv in enumerate(advantages):
        awr.append({"prompt": [EOS] + draw(gen, 3 + i),
                    "steps": [draw(gen, 2 + (i + k) % 3) for k in range(len(adv))],
                    "advantages": adv})
    sft = []
    for i in range(ADAMW["batch_size"]):
        prompt = [EOS] + draw(gen, 3 + i)
        sft.append({"prompt_len": len(prompt), "tokens": prompt + draw(gen, 6 - i) + [EOS]})
    return dpo, prefix, awr, sft


# ---------------------------------------------------------------- maths


def token_nlls(W, tokens, prompt_len):
    """−log π(tok_j | tok_<j) for j = prompt_len .. len−1 (the unmasked targets)."""
    logits = gpt2.forward(W, tokens)
    logp = torch.log_softmax(logits, dim=-1)
    idx = torch.arange(prompt_len, len(tokens))
    return -logp[idx - 1, torch.as_tensor(tokens)[idx]]


def logprob(W, tokens, prompt_len):
    return -token_nlls(W, tokens, prompt_len).sum()


def dpo_loss(W, ref, pairs, beta, alpha):
    """Mean over pairs of −log σ(β[(log π − log π_ref)(y+) − (log π − log π_ref)(y−)]) plus
    α · mean over pairs of −log π(y+) / |y+|."""
    losses, nlls, rows = [], [], []
    for k, p in enumerate(pairs):
        pc = logprob(W, p["chosen"], p["prompt_len"])
        pr = logprob(W, p["rejected"], p["prompt_len"])
        margin = beta * ((pc - ref[k][0]) - (pr - ref[k][1]))
        losses.append(-torch.nn.functional.logsigmoid(margin))
        nlls.append(-pc / max(1, len(p["chosen"]) - p["prompt_len"]))
        rows.append((pc.item(), pr.item(), margin.item()))
    loss = torch.stack(losses).mean()
    if alpha != 0.0:
        loss = loss + alpha * torch.stack(nlls).mean()
    return loss, rows


def awr_weights(samples, beta, max_weight):
    raw = [[math.exp(a / beta) if a is not None else None for a in s["advantages"]]
           for s in samples]
    known = [w for row in raw for w in row if w is not None]
    mean = sum(known) / len(known)
    return [[min(w / mean, max_weight) if w is not None else 0.0 for w in row] for row in raw]


def awr_loss(W, samples, weights):
    total, count = 0.0, 0
    for s, w in zip(samples, weights):
        tokens = list(s["prompt"])
        token_w = []
        for step, ws in zip(s["steps"], w):
            tokens += step
            token_w += [ws] * len(step)
        tokens.append(EOS)
        token_w.append(w[-1])
        nll = token_nlls(W, tokens, len(s["prompt"]))
        total = total + (nll * torch.tensor(token_w, dtype=torch.float64)).sum()
        count += len(nll)
    return total / count


def sft_loss(W, examples):
    nlls = [token_nlls(W, e["tokens"], e["prompt_len"]) for e in examples]
    return torch.cat(nlls).mean()


def lr_at(s, cfg):
    W, S = cfg["warmup_steps"], cfg["steps"]
    if s < W:
        return cfg["lr"] * (s + 1) / W
    p = min(1.0, max(0.0, (s - W) / max(1, S - W - 1)))
    return cfg["min_lr"] + 0.5 * (cfg["lr"] - cfg["min_lr"]) * (1 + math.cos(math.pi * p))


def gradient(loss, W):
    names = list(W)
    grads = torch.autograd.grad(loss, [W[n] for n in names])
    return dict(zip(names, grads))


def grad_summary(grads):
    return {"grad_norms": {ours(n): g.norm().item() for n, g in grads.items()},
            "grad_norm": math.sqrt(sum(g.pow(2).sum().item() for g in grads.values())),
            "grad": {ours(n): grads[n].tolist() for n in grads if ours(n) in GRAD_VECTORS}}


# ---------------------------------------------------------------- AdamW


def adamw_by_hand(W, examples, cfg):
    params = {n: t.detach().clone() for n, t in W.items()}
    m = {n: torch.zeros_like(t) for n, t in params.items()}
    v = {n: torch.zeros_like(t) for n, t in params.items()}
    b1, b2 = cfg["betas"]
    steps = []
    for s in range(cfg["steps"]):
        leaves = {n: t.clone().requires_grad_(True) for n, t in params.items()}
        loss = sft_loss(leaves, examples)
        grads = gradient(loss, leaves)
        norm = math.sqrt(sum(g.pow(2).sum().item() for g in grads.values()))
        coef = cfg["grad_clip"] / (norm + 1e-6)
        if coef < 1.0:
            grads = {n: g * coef for n, g in grads.items()}
        lr = lr_at(s, cfg)
        t = s + 1
        for n in params:
            g = grads[n]
            if params[n].dim() >= 2:
                params[n] = params[n] * (1 - lr * cfg["weight_decay"])
            m[n] = b1 * m[n] + (1 - b1) * g
            v[n] = b2 * v[n] + (1 - b2) * g * g
            m_hat = m[n] / (1 - b1 ** t)
            v_hat = v[n] / (1 - b2 ** t)
            params[n] = params[n] - lr * m_hat / (v_hat.sqrt() + cfg["eps"])
        steps.append({"lr": lr, "loss": loss.item(), "grad_norm": norm})
    return params, steps


def adamw_with_torch(W, examples, cfg):
    """The same steps through torch.optim.AdamW (a self-check of the hand-written update)."""
    leaves = {n: t.detach().clone().requires_grad_(True) for n, t in W.items()}
    decay = [t for t in leaves.values() if t.dim() >= 2]
    other = [t for t in leaves.values() if t.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": cfg["weight_decay"]},
                             {"params": other, "weight_decay": 0.0}],
                            lr=cfg["lr"], betas=tuple(cfg["betas"]), eps=cfg["eps"])
    for s in range(cfg["steps"]):
        for group in opt.param_groups:
            group["lr"] = lr_at(s, cfg)
        opt.zero_grad()
        sft_loss(leaves, examples).backward()
        torch.nn.utils.clip_grad_norm_(list(leaves.values()), cfg["grad_clip"])
        opt.step()
    return {n: t.detach() for n, t in leaves.items()}


# ---------------------------------------------------------------- main


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_training_reference.py OUTDIR   (e.g. tests/data/training)")
    outdir = sys.argv[1]
    checks = []
    tiny, names = gpt2.read_safetensors(os.path.join(HERE, "..", "gpt2", "tiny", "model.safetensors"))
    ref_w = {n: tiny[n].to(torch.float64) for n in names}

    torch.manual_seed(POLICY_SEED)
    policy = [(n, (tiny[n].to(torch.float64) + POLICY_NOISE * torch.randn(tiny[n].shape,
                                                                             dtype=torch.float64)
                   ).to(torch.float32)) for n in names]
    policy_dir = os.path.join(outdir, "policy")
    os.makedirs(policy_dir, exist_ok=True)
    policy_path = os.path.join(policy_dir, "model.safetensors")
    gpt2.write_safetensors(policy_path, policy)
    gpt2.check_roundtrip(policy_path, policy)
    with open(os.path.join(policy_dir, "config.json"), "w", encoding="utf-8") as f:
        json.dump(gpt2.CONFIG, f, indent=2)
        f.write("\n")
    W = as_leaves(policy)  # float64 copies of the stored float32 values

    dpo, prefix, awr, sft = make_sequences()
    out = {"policy": "policy", "reference": "../gpt2/tiny", "eos": EOS,
           "sequences": {"dpo": dpo, "step_prefix": prefix, "awr": awr, "sft": sft},
           "dpo": [], "step_prefix": [], "awr": [], "adamw": {}}

    with torch.no_grad():
        same = [(logprob(ref_w, p["chosen"], p["prompt_len"]).item(),
                 logprob(ref_w, p["rejected"], p["prompt_len"]).item()) for p in dpo]
        at_ref, _ = dpo_loss(ref_w, same, dpo, 0.5, 0.0)
    assert abs(at_ref.item() - math.log(2)) < 1e-12
    checks.append("DPO loss with π = π_ref is log 2")

    for key, pairs in (("dpo", dpo), ("step_prefix", prefix)):
        with torch.no_grad():
            ref = [(logprob(ref_w, p["chosen"], p["prompt_len"]).item(),
                    logprob(ref_w, p["rejected"], p["prompt_len"]).item()) for p in pairs]
        for beta in BETAS:
            for alpha in ALPHAS:
                loss, rows = dpo_loss(W, ref, pairs, beta, alpha)
                case = {"beta": beta, "alpha": alpha, "loss": loss.item(),
                        "policy_logp": [[r[0], r[1]] for r in rows],
                        "reference_logp": [list(r) for r in ref],
                        "margins": [r[2] for r in rows]}
                case.update(grad_summary(gradient(loss, W)))
                out[key].append(case)

    # Finite-difference check of one gradient along a random direction.
    with torch.no_grad():
        ref = [(logprob(ref_w, p["chosen"], p["prompt_len"]).item(),
                logprob(ref_w, p["rejected"], p["prompt_len"]).item()) for p in dpo]
    loss, _ = dpo_loss(W, ref, dpo, 0.5, 1.0)
    grads = gradient(loss, W)
    gen = torch.Generator().manual_seed(5)
    direction = {n: torch.randn(t.shape, dtype=torch.float64, generator=gen) for n, t in W.items()}
    analytic = sum((grads[n] * direction[n]).sum().item() for n in W)
    h = 1e-6
    with torch.no_grad():
        plus = {n: W[n] + h * direction[n] for n in W}
        minus = {n: W[n] - h * direction[n] for n in W}
        numeric = (dpo_loss(plus, ref, dpo, 0.5, 1.0)[0] - dpo_loss(minus, ref, dpo, 0.5, 1.0)[0]) / (2 * h)
    rel = abs(numeric.item() - analytic) / abs(analytic)
    assert rel < 1e-6, f"finite difference {numeric.item()} vs autograd {analytic}"
    checks.append(f"RPO gradient along a random direction: autograd vs central difference, "
                  f"relative {rel:.1e}")

    for beta in BETAS:
        weights = awr_weights(awr, beta, AWR_MAX_WEIGHT)
        loss = awr_loss(W, awr, weights)
        case = {"beta": beta, "normalize": "mean", "max_weight": AWR_MAX_WEIGHT,
                "step_weights": weights, "loss": loss.item()}
        case.update(grad_summary(gradient(loss, W)))
        out["awr"].append(case)

    start = {n: t.detach().clone() for n, t in W.items()}
    final, steps = adamw_by_hand(start, sft, ADAMW)
    torch_final = adamw_with_torch(start, sft, ADAMW)
    worst = max(((final[n] - torch_final[n]).abs().max() / final[n].abs().max()).item()
                for n in final)
    assert worst < 1e-10, f"hand-written AdamW differs from torch.optim.AdamW by {worst}"
    checks.append(f"hand-written AdamW = torch.optim.AdamW (relative {worst:.1e})")
    clipped = sum(1 for s in steps if s["grad_norm"] > ADAMW["grad_clip"])
    def moved(n):
        d = final[n] - start[n]
        if n.endswith("attn.c_attn.bias"):  # [q | k | v]: the key third left out (see above)
            d = torch.cat([d[:gpt2.N_EMBD], d[2 * gpt2.N_EMBD:]])
        return d.norm().item()
    out["adamw"] = {"config": ADAMW, "steps": steps,
                    "key_bias_left_out": [gpt2.N_EMBD, 2 * gpt2.N_EMBD],
                    "delta_norms": {ours(n): moved(n) for n in final},
                    "params": {ours(n): final[n].tolist() for n in final if ours(n) in GRAD_VECTORS}}

    schedule = {"steps": 12, "warmup_steps": 3, "lr": 1e-3, "min_lr": 1e-4}
    out["schedule"] = {"config": schedule, "lr": [lr_at(s, schedule) for s in range(12)]}

    path = os.path.join(outdir, "reference.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("files:")
    for p in (policy_path, os.path.join(policy_dir, "config.json"), path):
        print(f"  {os.path.getsize(p):>9} {p}")
    for key in ("dpo", "step_prefix"):
        for c in out[key]:
            print(f"  {key:11} beta {c['beta']} alpha {c['alpha']}: loss {c['loss']:.9f}, "
                  f"|grad| {c['grad_norm']:.6g}")
    for c in out["awr"]:
        print(f"  awr         beta {c['beta']}: loss {c['loss']:.9f}, |grad| {c['grad_norm']:.6g}, "
              f"weights {c['step_weights']}")
    for s, st in enumerate(steps):
        print(f"  adamw step {s + 1}: lr {st['lr']:.6g} loss {st['loss']:.9f} "
              f"|grad| {st['grad_norm']:.6g}")
    print(f"  clipping active in {clipped} of {len(steps)} steps")
    print("checks:")
    for c in checks:
        print("  OK", c)


if __name__ == "__main__":
    main()
