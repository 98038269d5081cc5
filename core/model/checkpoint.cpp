// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/checkpoint_impl.h"
#include "model/zip_integrity.h"

#include <torch/torch.h>

#include <fcntl.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <map>
#include <fstream>

namespace ef {
namespace {

// The first non-empty line of a LibTorch message (TorchScript's ErrorReport starts with one).
std::string firstLine(const std::string& s) {
  std::size_t begin = s.find_first_not_of(" \n");
  if (begin == std::string::npos) return "(no message)";
  return s.substr(begin, s.find('\n', begin) - begin);
}

// Writes the archive through our own file descriptor. LibTorch's zip writer, given a path, checks
// its position after each write and throws from its destructor when the disk is full, which ends
// the process. Here a failed write is remembered while the archive completes into nothing, and
// the error is thrown afterwards, naming the file and the cause ("No space left on device"); the
// partial file is removed so the space it took is free again for the workspace's own records.
void writeArchive(torch::serialize::OutputArchive& ar, const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0)
    throw CheckpointError("cannot write checkpoint '" + path + "': " + std::strerror(errno));
  int error = 0;
  ar.save_to([&](const void* data, std::size_t n) -> std::size_t {
    const char* p = static_cast<const char*>(data);
    std::size_t left = error ? 0 : n;
    while (left > 0) {
      const ssize_t w = ::write(fd, p, left);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        error = w < 0 ? errno : EIO;
        break;
      }
      p += w;
      left -= static_cast<std::size_t>(w);
    }
    return n;  // never short: the writer would throw where nothing can catch it
  });
  if (!error && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && !error) error = errno;
  if (error) {
    ::unlink(path.c_str());
    throw CheckpointError("cannot write checkpoint '" + path + "': " + std::strerror(error));
  }
}

void writeMeta(torch::serialize::OutputArchive& ar, const CheckpointInfo& info) {
  ar.write("meta.format_version", c10::IValue(static_cast<std::int64_t>(info.format_version)));
  ar.write("meta.stage", c10::IValue(info.stage));
  ar.write("meta.step", c10::IValue(info.step));
  ar.write("meta.precision", c10::IValue(info.precision));
  ar.write("meta.config_json", c10::IValue(info.config_json));
  ar.write("meta.tokenizer", c10::IValue(info.tokenizer));
  const auto& m = info.model;
  const std::vector<std::int64_t> shape{m.vocab,   m.context, m.layers,
                                        m.d_model, m.heads,   m.rotary ? 1 : 0};
  ar.write("meta.model_shape", c10::IValue(shape));
  ar.write("meta.model_dropout", c10::IValue(m.dropout));
  // Architecture choices (absent in checkpoints written before they existed: the defaults).
  const std::vector<std::int64_t> arch{m.gelu_tanh ? 1 : 0, m.bias ? 1 : 0, m.tied_head ? 1 : 0,
                                       m.positions};
  ar.write("meta.model_arch", c10::IValue(arch));
  ar.write("meta.model_ln_eps", c10::IValue(m.ln_eps));
}

template <typename T>
T readValue(torch::serialize::InputArchive& ar, const char* key, const std::string& path) {
  c10::IValue v;
  if (!ar.try_read(key, v)) throw CheckpointError("checkpoint '" + path + "' has no " + key);
  if constexpr (std::is_same_v<T, std::string>) {
    if (!v.isString()) throw CheckpointError("checkpoint '" + path + "': " + key + " is not text");
    return v.toStringRef();
  } else if constexpr (std::is_same_v<T, double>) {
    if (!v.isDouble())
      throw CheckpointError("checkpoint '" + path + "': " + key + " is not a number");
    return v.toDouble();
  } else if constexpr (std::is_same_v<T, std::vector<std::int64_t>>) {
    if (!v.isIntList())
      throw CheckpointError("checkpoint '" + path + "': " + key + " is not a list");
    return v.toIntVector();
  } else {
    if (!v.isInt())
      throw CheckpointError("checkpoint '" + path + "': " + key + " is not an integer");
    return static_cast<T>(v.toInt());
  }
}

CheckpointInfo readMetaValues(torch::serialize::InputArchive& ar, const std::string& path) {
  CheckpointInfo info;
  info.format_version = readValue<int>(ar, "meta.format_version", path);
  if (info.format_version != kCheckpointFormatVersion) {
    throw CheckpointError("checkpoint '" + path + "' has format version " +
                          std::to_string(info.format_version) + "; this build reads version " +
                          std::to_string(kCheckpointFormatVersion));
  }
  info.stage = readValue<std::string>(ar, "meta.stage", path);
  info.step = readValue<std::int64_t>(ar, "meta.step", path);
  info.precision = readValue<std::string>(ar, "meta.precision", path);
  info.config_json = readValue<std::string>(ar, "meta.config_json", path);
  info.tokenizer = readValue<std::string>(ar, "meta.tokenizer", path);
  const auto shape = readValue<std::vector<std::int64_t>>(ar, "meta.model_shape", path);
  if (shape.size() != 6) throw CheckpointError("checkpoint '" + path + "': bad meta.model_shape");
  for (std::size_t i = 0; i < 5; ++i) {
    if (shape[i] < (i == 2 ? 0 : 1) || shape[i] > (1 << 24))
      throw CheckpointError("checkpoint '" + path + "': bad meta.model_shape");
  }
  info.model.vocab = static_cast<int>(shape[0]);
  info.model.context = static_cast<int>(shape[1]);
  info.model.layers = static_cast<int>(shape[2]);
  info.model.d_model = static_cast<int>(shape[3]);
  info.model.heads = static_cast<int>(shape[4]);
  info.model.rotary = shape[5] != 0;
  if (info.model.d_model % info.model.heads != 0)
    throw CheckpointError("checkpoint '" + path +
                          "': bad meta.model_shape (heads must divide d_model)");
  info.model.dropout = readValue<double>(ar, "meta.model_dropout", path);
  if (!(info.model.dropout >= 0.0 && info.model.dropout < 1.0))
    throw CheckpointError("checkpoint '" + path + "': bad meta.model_dropout");
  c10::IValue probe;
  if (ar.try_read("meta.model_arch", probe)) {
    const auto arch = readValue<std::vector<std::int64_t>>(ar, "meta.model_arch", path);
    if (arch.size() != 4) throw CheckpointError("checkpoint '" + path + "': bad meta.model_arch");
    info.model.gelu_tanh = arch[0] != 0;
    info.model.bias = arch[1] != 0;
    info.model.tied_head = arch[2] != 0;
    info.model.positions = static_cast<int>(arch[3]);
    info.model.ln_eps = readValue<double>(ar, "meta.model_ln_eps", path);
    const int rows = info.model.positions;
    if (rows < 0 || rows > (1 << 24) || (rows > 0 && rows < info.model.context) ||
        !(info.model.ln_eps > 0.0 && info.model.ln_eps < 1.0))
      throw CheckpointError("checkpoint '" + path + "': bad meta.model_arch");
  }
  return info;
}

// The metadata; a malformed record inside a well-formed archive is a CheckpointError too.
CheckpointInfo readMeta(torch::serialize::InputArchive& ar, const std::string& path) {
  try {
    return readMetaValues(ar, path);
  } catch (const CheckpointError&) {
    throw;
  } catch (const std::exception& e) {  // c10::Error, and TorchScript's ErrorReport
    throw CheckpointError("checkpoint '" + path + "' is corrupt: " + firstLine(e.what()));
  }
}

std::string shapeText(at::IntArrayRef sizes) {
  std::string s = "[";
  for (std::size_t i = 0; i < sizes.size(); ++i)
    s += (i ? ", " : "") + std::to_string(sizes[i]);
  return s + "]";
}

void loadArchive(torch::serialize::InputArchive& ar, const std::string& path) {
  if (!std::filesystem::exists(path))
    throw CheckpointError("checkpoint '" + path + "' does not exist");
  checkZipIntegrity(path);  // LibTorch's zip reader skips CRC-32 (docs/models.md, "Checkpoints")
  try {
    ar.load_from(path, torch::Device(torch::kCPU));
  } catch (const std::exception& e) {  // c10::Error, and TorchScript's ErrorReport
    throw CheckpointError("checkpoint '" + path +
                          "' is corrupt or not a checkpoint: " + firstLine(e.what()));
  }
}

void checkShape(const GptConfig& saved, const GptConfig& want, const std::string& path) {
  auto check = [&](const char* field, long a, long b) {
    if (a != b) {
      throw CheckpointError("checkpoint '" + path + "' was trained with " + field + " = " +
                            std::to_string(a) + ", but the model here has " + std::to_string(b));
    }
  };
  check("model.layers", saved.layers, want.layers);
  check("model.d_model", saved.d_model, want.d_model);
  check("model.heads", saved.heads, want.heads);
  check("model.context", saved.context, want.context);
  check("vocabulary size", saved.vocab, want.vocab);
  check("model.position (1 = rotary)", saved.rotary, want.rotary);
  check("model.activation (1 = gelu_tanh)", saved.gelu_tanh, want.gelu_tanh);
  check("model.bias (1 = with biases)", saved.bias, want.bias);
  check("model.tied_head (1 = tied)", saved.tied_head, want.tied_head);
  check("position table rows", saved.positionRows(), want.positionRows());
  if (saved.ln_eps != want.ln_eps) {
    throw CheckpointError("checkpoint '" + path + "' was trained with model.layer_norm_eps = " +
                          std::to_string(saved.ln_eps) + ", but the model here has " +
                          std::to_string(want.ln_eps));
  }
}

}  // namespace

void writeCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                     const CheckpointInfo& info) {
  torch::serialize::OutputArchive ar;
  writeMeta(ar, info);
  torch::serialize::OutputArchive model_ar;
  model->save(model_ar);
  ar.write("model", model_ar);
  if (opt) {
    torch::serialize::OutputArchive opt_ar;
    opt->save(opt_ar);
    ar.write("optimizer", opt_ar);
  }
  auto gen = at::detail::getDefaultCPUGenerator();
  {
    std::lock_guard<std::mutex> lock(gen.mutex());
    ar.write("rng.cpu", gen.get_state());
  }
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent);
  writeArchive(ar, path);
}

void saveCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt,
                    const CheckpointInfo& info) {
  const std::string tmp = path + ".tmp";
  writeCheckpoint(tmp, model, opt, info);
  std::filesystem::rename(tmp, path);
}

CheckpointInfo loadCheckpoint(const std::string& path, Gpt& model, torch::optim::Optimizer* opt) {
  torch::serialize::InputArchive ar;
  loadArchive(ar, path);
  CheckpointInfo info = readMeta(ar, path);
  checkShape(info.model, model->config(), path);
  try {
    torch::serialize::InputArchive model_ar;
    if (!ar.try_read("model", model_ar))
      throw CheckpointError("checkpoint '" + path + "' has no model");
    const auto device = model->device();
    // LibTorch's loader replaces a parameter by the stored tensor whatever its shape: every
    // tensor must keep the shape the model gave it.
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> shapes;
    for (const auto& p : model->named_parameters())
      shapes.emplace_back(p.key(), p.value().sizes().vec());
    for (const auto& b : model->named_buffers())
      shapes.emplace_back(b.key(), b.value().sizes().vec());
    model->load(model_ar);
    std::map<std::string, at::Tensor> loaded;
    for (const auto& p : model->named_parameters())
      loaded[p.key()] = p.value();
    for (const auto& b : model->named_buffers())
      loaded[b.key()] = b.value();
    for (const auto& [name, want] : shapes) {
      const at::Tensor& t = loaded.at(name);
      if (t.sizes().vec() != want) {
        throw CheckpointError("checkpoint '" + path + "': tensor '" + name + "' has shape " +
                              shapeText(t.sizes()) + ", the model expects " + shapeText(want));
      }
    }
    model->to(device);
    torch::serialize::InputArchive opt_ar;
    info.has_optimizer = ar.try_read("optimizer", opt_ar);
    if (opt && info.has_optimizer) opt->load(opt_ar);
    torch::Tensor rng;
    if (ar.try_read("rng.cpu", rng)) {
      auto gen = at::detail::getDefaultCPUGenerator();
      std::lock_guard<std::mutex> lock(gen.mutex());
      gen.set_state(rng);
    }
  } catch (const CheckpointError&) {
    throw;
  } catch (const std::exception& e) {  // c10::Error, and TorchScript's ErrorReport
    throw CheckpointError("checkpoint '" + path +
                          "' does not match the model: " + firstLine(e.what()));
  }
  return info;
}

CheckpointInfo readCheckpointInfo(const std::string& path) {
  torch::serialize::InputArchive ar;
  loadArchive(ar, path);
  CheckpointInfo info = readMeta(ar, path);
  torch::serialize::InputArchive opt_ar;
  info.has_optimizer = ar.try_read("optimizer", opt_ar);
  return info;
}

}  // namespace ef
