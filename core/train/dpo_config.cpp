#include "train/dpo_config.h"

namespace ef {

FieldList<DpoConfig> dpoConfigFields() {
  FieldList<DpoConfig> f;
  f.positive("beta", &DpoConfig::beta)
      .label(EF_TRANSLATABLE("ef::Fields", "β"))
      .help(EF_TRANSLATABLE("ef::Fields", "DPO temperature of the implicit reward β·log(π/π_ref)"));
  f.number("max_epochs", &DpoConfig::max_epochs, 0.0, 1000.0)
      .label(EF_TRANSLATABLE("ef::Fields", "Max epochs over the pairs"))
      .help(EF_TRANSLATABLE("ef::Fields",
                            "Stops DPO early when the pairs are few: at most this many passes "
                            "over them"))
      .unit(EF_TRANSLATABLE("ef::Fields", "passes"))
      .special(0, EF_TRANSLATABLE("ef::Fields", "always run all steps"));
  f.merge(&DpoConfig::train, trainingConfigFields());
  return f;
}

}  // namespace ef
