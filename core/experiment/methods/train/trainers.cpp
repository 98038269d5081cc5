// SPDX-License-Identifier: GPL-3.0-or-later
// The registered methods' trainers, in the registry's order (methods/registered_methods.h).
#include <iterator>
#include <stdexcept>

#include "experiment/pipeline/method_trainer.h"
#include "experiment/methods/registered_methods.h"

namespace ef {

#define EF_DECLARE_TRAINER(stem) void stem##Train(CellContext& ctx, CellOutcome& out);
EF_REGISTERED_METHODS(EF_DECLARE_TRAINER)
#undef EF_DECLARE_TRAINER

MethodTrainer trainerOf(const Method& m) {
#define EF_TRAINER_ENTRY(stem) &stem##Train,
  static const MethodTrainer trainers[] = {EF_REGISTERED_METHODS(EF_TRAINER_ENTRY)};
#undef EF_TRAINER_ENTRY
  const auto& methods = registeredMethods();
  for (std::size_t i = 0; i < methods.size(); ++i)
    if (methods[i] == &m) return trainers[i];
  throw std::logic_error("no trainer for the method '" + m.name + "': it is not registered");
}

}  // namespace ef
