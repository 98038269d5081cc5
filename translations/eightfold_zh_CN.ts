<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="46"/>
        <source>(the problem: V(x))</source>
        <translation>（题目本身：V(x)）</translation>
    </message>
</context>
<context>
    <name>ef::Fields</name>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="13"/>
        <source>Start from</source>
        <translation>起始模型</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="14"/>
        <source>sft: continue from π_sft; base: a fresh model</source>
        <translation>sft：从 π_sft 继续训练；base：全新模型</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="19"/>
        <source>|D_syn| sizes</source>
        <translation>|D_syn| 规模</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="20"/>
        <source>Training-set sizes of the sweep, one column each</source>
        <translation>扫描中的训练集规模，每个一列</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="21"/>
        <location filename="../core/rollout/sample_config.cpp" line="31"/>
        <location filename="../core/tasks/task_registry.cpp" line="53"/>
        <location filename="../core/tasks/task_registry.cpp" line="59"/>
        <location filename="../core/tasks/task_registry.cpp" line="64"/>
        <location filename="../core/train/eval_config.cpp" line="27"/>
        <location filename="../core/train/eval_config.cpp" line="33"/>
        <source>problems</source>
        <translation>道题</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="22"/>
        <source>task.train_size only</source>
        <translation>仅 task.train_size</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="24"/>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="25"/>
        <source>Methods trained at every size and seed; SFT always runs, since every other method starts from it</source>
        <translation>在每个规模和种子上训练的方法；SFT 总会运行，因为其他所有方法都从它出发</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="29"/>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="30"/>
        <source>One cell per seed at every size and method</source>
        <translation>每个规模和方法下，每个种子一个单元</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="54"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="55"/>
        <source>Shown in the run list and in the cells&apos; names</source>
        <translation>显示在运行列表和单元名称中</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="57"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="58"/>
        <source>Free text kept with the run</source>
        <translation>随运行一起保存的自由文本</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="60"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="61"/>
        <source>Same seed, same device: the same numbers</source>
        <translation>相同种子、相同设备：得到相同的数值</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="63"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="64"/>
        <source>auto, cpu, cuda or cuda:N; auto picks CUDA when LibTorch has it</source>
        <translation>auto、cpu、cuda 或 cuda:N；LibTorch 支持 CUDA 时 auto 会选择 CUDA</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="68"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="69"/>
        <source>auto: bf16 on CUDA, fp32 on CPUs; bf16 = matmuls in bf16, losses and optimizer state in fp32</source>
        <translation>auto：CUDA 上用 bf16，CPU 上用 fp32；bf16 = 矩阵乘法用 bf16，损失和优化器状态用 fp32</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="73"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="74"/>
        <source>LibTorch intra-op threads</source>
        <translation>LibTorch 算子内线程数</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="75"/>
        <source>all cores</source>
        <translation>全部核心</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="77"/>
        <source>Adapt threads to the load</source>
        <translation>按负载调整线程数</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="78"/>
        <source>Training measures its steps and runs with half the threads while that is faster (a busy machine). Only where the model trains on the CPU fast path, whose numbers do not depend on the thread count</source>
        <translation>训练会测量每一步的耗时，在更快时（机器繁忙）改用一半的线程。仅在模型于 CPU 快速路径上训练时生效，该路径的结果与线程数无关</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="83"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="84"/>
        <source>The synthetic problems and their teacher solutions</source>
        <translation>合成题目及其教师解答</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="87"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="88"/>
        <source>The decoder-only transformer trained from scratch</source>
        <translation>从零开始训练的仅解码器 Transformer</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="91"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="92"/>
        <source>Supervised fine-tuning on D_syn: π_sft</source>
        <translation>在 D_syn 上的监督微调：π_sft</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="95"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="96"/>
        <source>Greedy test error, pass@k and the training-set probe</source>
        <translation>贪心测试错误率、pass@k 与训练集探测</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="99"/>
        <source>Self-sampling</source>
        <translation>自采样</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="100"/>
        <source>Solutions of π_sft, split by the verifier</source>
        <translation>π_sft 的解答，由验证器划分</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="21"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="22"/>
        <source>Fine-tuning on D_syn and the correct self-samples</source>
        <translation>在 D_syn 与正确的自采样上微调</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="103"/>
        <source>Per-step advantages</source>
        <translation>逐步优势</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="104"/>
        <source>Monte-Carlo Q and advantages of every step of the negatives</source>
        <translation>负样本每一步的蒙特卡洛 Q 值与优势</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="20"/>
        <source>Rounds</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="21"/>
        <source>Rounds of sampling, credit and DPO</source>
        <translation>采样、信用分配与 DPO 的轮数</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="22"/>
        <source>rounds</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="24"/>
        <source>Reference model</source>
        <translation>参考模型</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="25"/>
        <source>sft: π_sft in every round; previous: the policy of the round before</source>
        <translation>sft：每轮都用 π_sft；previous：上一轮的策略</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="17"/>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="28"/>
        <source>Pairs</source>
        <translation>样本对</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="29"/>
        <source>step_full: correct solution against the negative cut after its pit; step_prefix: the shared prefix&apos;s successful rollout against the pit</source>
        <translation>step_full：正确解对比在陷阱处截断的错误解；step_prefix：共享前缀的成功 rollout 对比陷阱步骤</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="33"/>
        <source>NLL weight α</source>
        <translation>NLL 权重 α</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="34"/>
        <source>RPO&apos;s NLL term in every round (0 = DPO)</source>
        <translation>每轮中 RPO 的 NLL 项（0 = DPO）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="18"/>
        <source>Preference pairs for DPO and per-step DPO</source>
        <translation>用于 DPO 和逐步 DPO 的偏好对</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="25"/>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="35"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="26"/>
        <source>DPO and per-step DPO from π_sft, with π_sft as the reference</source>
        <translation>从 π_sft 出发、以 π_sft 为参考的 DPO 与逐步 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="35"/>
        <source>Advantage-weighted RL</source>
        <translation>优势加权 RL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="36"/>
        <source>Per-step log-likelihood of the analysed self-samples weighted by exp(A/β), from π_sft</source>
        <translation>从 π_sft 出发，以 exp(A/β) 加权已分析自采样的逐步对数似然</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="21"/>
        <source>Controls</source>
        <translation>对照组</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="22"/>
        <source>More SFT and Reweighted SFT: π_sft trained on D_syn for as many steps as the matched preference method</source>
        <translation>更多 SFT 与重加权 SFT：π_sft 在 D_syn 上训练与所匹配偏好方法相同的步数</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="41"/>
        <source>Iterated per-step DPO</source>
        <translation>迭代逐步 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="42"/>
        <source>Rounds of sampling, per-step credit and DPO from the current policy</source>
        <translation>从当前策略出发的采样、逐步信用分配与 DPO 的多轮迭代</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="109"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="110"/>
        <source>Data-scaling sweep: sizes × methods × seeds</source>
        <translation>数据规模扫描：规模 × 方法 × 种子</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="15"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="16"/>
        <source>Transformer blocks</source>
        <translation>Transformer 块数</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="18"/>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="19"/>
        <source>Width of the residual stream</source>
        <translation>残差流的宽度</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="21"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="22"/>
        <source>Must divide d_model</source>
        <translation>必须整除 d_model</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="24"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="25"/>
        <source>Longest sequence: prompt, solution and the begin/end tokens</source>
        <translation>最长序列：提示、解答以及开始/结束 token</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="27"/>
        <location filename="../core/train/eval_config.cpp" line="22"/>
        <source>tokens</source>
        <translation>个 token</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="29"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="30"/>
        <source>Dropout probability during training</source>
        <translation>训练时的 Dropout 概率</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="32"/>
        <source>Positions</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="33"/>
        <source>learned: absolute position embeddings; rotary: RoPE in attention</source>
        <translation>learned：绝对位置嵌入；rotary：注意力中的 RoPE</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="36"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="37"/>
        <source>gelu: exact (erf) GELU; gelu_tanh: its tanh approximation (GPT-2)</source>
        <translation>gelu：精确（erf）GELU；gelu_tanh：其 tanh 近似（GPT-2）</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="40"/>
        <source>LayerNorm epsilon</source>
        <translation>LayerNorm epsilon</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="41"/>
        <source>Added to the variance in every LayerNorm</source>
        <translation>在每个 LayerNorm 中加到方差上</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="43"/>
        <source>Biases</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="44"/>
        <source>Biases in the attention and MLP projections</source>
        <translation>注意力和 MLP 投影中的偏置</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="46"/>
        <source>Tied output head</source>
        <translation>共享输出层</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="47"/>
        <source>The output matrix is the token embedding (else a matrix of its own)</source>
        <translation>输出矩阵即词元嵌入（否则为独立矩阵）</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="50"/>
        <source>Initial weights</source>
        <translation>初始权重</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="52"/>
        <source>scratch, or a model folder (Hugging Face GPT-2 layout, or one that export model wrote): architecture, weights and tokenizer come from it</source>
        <translation>scratch，或一个模型文件夹（Hugging Face GPT-2 布局，或由 export model 写出）：架构、权重和分词器均来自该文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="57"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="58"/>
        <source>A folder with GPT-2 BPE files (vocab.json + merges.txt or encoder.json + vocab.bpe) for a scratch model</source>
        <translation>包含 GPT-2 BPE 文件（vocab.json + merges.txt 或 encoder.json + vocab.bpe）的文件夹，用于从头训练的模型</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="61"/>
        <source>the task&apos;s characters (or model.init&apos;s)</source>
        <translation>任务的字符（或 model.init 的分词器）</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="9"/>
        <source>K_est (rollouts per prefix)</source>
        <translation>K_est（每个前缀的 rollout 数）</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="10"/>
        <source>Completions sampled from each prefix to estimate Q</source>
        <translation>从每个前缀采样补全以估计 Q</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="11"/>
        <location filename="../core/rollout/credit_config.cpp" line="43"/>
        <source>rollouts</source>
        <translation>次 rollout</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="13"/>
        <source>K_bok (Best-of-K)</source>
        <translation>K_bok（Best-of-K）</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="14"/>
        <source>Q on the Best-of-K scale 1 − (1 − Q̂)^K</source>
        <translation>Best-of-K 尺度下的 Q：1 − (1 − Q̂)^K</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="15"/>
        <location filename="../core/train/eval_config.cpp" line="34"/>
        <location filename="../core/train/training_config.cpp" line="51"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="17"/>
        <source>Pit search</source>
        <translation>陷阱搜索</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="18"/>
        <source>linear: every prefix with early exit at the pit; binary: OmegaPRM-style bisection</source>
        <translation>linear：逐个前缀检查，遇到陷阱即提前结束；binary：OmegaPRM 式二分查找</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="22"/>
        <source>Estimate V(x)</source>
        <translation>估计 V(x)</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="23"/>
        <source>Rollouts from the bare problem for Q_0</source>
        <translation>从裸题目出发的 rollout，用于 Q_0</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="25"/>
        <source>Last step can be the pit</source>
        <translation>最后一步可以是陷阱</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="26"/>
        <source>A negative whose prefixes all keep a success gets its final answer step as the pit instead of being skipped</source>
        <translation>若负样本的所有前缀都仍有成功的 rollout，则把其最终答案步骤作为陷阱，而不是跳过它</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="30"/>
        <source>Analyse positives</source>
        <translation>分析正样本</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="31"/>
        <source>Also roll out correct samples to flag spurious steps</source>
        <translation>也对正确样本做 rollout，以标记虚假步骤</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="33"/>
        <location filename="../core/rollout/sample_config.cpp" line="13"/>
        <location filename="../core/train/eval_config.cpp" line="13"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="34"/>
        <source>Sampling temperature of the rollouts</source>
        <translation>rollout 的采样温度</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="36"/>
        <source>Max steps explored</source>
        <translation>最多探索步数</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="37"/>
        <source>Longer solutions are explored over their first steps only</source>
        <translation>更长的解答只探索其前若干步</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="14"/>
        <source>Matched method</source>
        <translation>匹配的方法</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="15"/>
        <source>The preference method whose optimizer steps and tokens the controls spend on SFT</source>
        <translation>对照组在 SFT 上花费其优化步数和词元数的偏好方法</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="20"/>
        <source>Peak learning rate of the controls&apos; SFT</source>
        <translation>对照组 SFT 的峰值学习率</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="23"/>
        <source>The cosine schedule ends here</source>
        <translation>余弦调度在此结束</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="26"/>
        <source>Linear warmup before the cosine decay</source>
        <translation>余弦衰减前的线性预热</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="27"/>
        <location filename="../core/rollout/credit_config.cpp" line="39"/>
        <location filename="../core/tasks/hint_task.cpp" line="129"/>
        <location filename="../core/tasks/hint_task.cpp" line="133"/>
        <location filename="../core/train/training_config.cpp" line="31"/>
        <location filename="../core/train/training_config.cpp" line="44"/>
        <location filename="../core/train/training_config.cpp" line="55"/>
        <source>steps</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="29"/>
        <source>Upweight of failed problems</source>
        <translation>失败题目的加权</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="30"/>
        <source>Reweighted SFT: a problem weighs 1 + upweight × the share of π_sft&apos;s samples on it that were wrong (then normalised to mean 1)</source>
        <translation>重加权 SFT：题目权重为 1 + 加权 × π_sft 在该题上错误样本的比例（再归一化为均值 1）</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="41"/>
        <source>Rollouts stored per prefix</source>
        <translation>每个前缀保存的 rollout 数</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="42"/>
        <source>Rollout texts kept for the inspector</source>
        <translation>为检查器保存的 rollout 文本</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="44"/>
        <location filename="../core/tasks/arith_task.cpp" line="299"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="46"/>
        <location filename="../core/rollout/sample_config.cpp" line="29"/>
        <location filename="../core/train/eval_config.cpp" line="25"/>
        <location filename="../core/train/training_config.cpp" line="33"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="47"/>
        <source>Prefixes per rollout batch, each expanded K_est times</source>
        <translation>每个 rollout 批次的前缀数，每个扩展 K_est 次</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="48"/>
        <source>prefixes</source>
        <translation>个前缀</translation>
    </message>
    <message>
        <location filename="../core/rollout/pair_builder.cpp" line="233"/>
        <source>Chosen solution</source>
        <translation>选中的解答</translation>
    </message>
    <message>
        <location filename="../core/rollout/pair_builder.cpp" line="234"/>
        <source>self: a distinct correct self-sample (the teacher&apos;s if none); teacher: always the teacher&apos;s solution</source>
        <translation>self：一个不同的正确自采样（若没有则用教师解答）；teacher：始终使用教师解答</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="9"/>
        <source>M (samples per problem)</source>
        <translation>M（每题采样数）</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="10"/>
        <source>Solutions drawn from π_sft for each training problem</source>
        <translation>为每道训练题从 π_sft 抽取的解答数</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="11"/>
        <location filename="../core/rollout/sample_config.cpp" line="22"/>
        <location filename="../core/rollout/sample_config.cpp" line="27"/>
        <location filename="../core/train/eval_config.cpp" line="11"/>
        <source>samples</source>
        <translation>个样本</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="14"/>
        <source>Sampling temperature of the self-samples</source>
        <translation>自采样的采样温度</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="16"/>
        <location filename="../core/train/eval_config.cpp" line="16"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="17"/>
        <location filename="../core/train/eval_config.cpp" line="17"/>
        <source>Sample from the k most likely tokens only</source>
        <translation>只从概率最高的 k 个 token 中采样</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="18"/>
        <location filename="../core/train/eval_config.cpp" line="18"/>
        <source>no top-k filter</source>
        <translation>不做 top-k 过滤</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="20"/>
        <source>Max negatives per problem</source>
        <translation>每题最多负样本数</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="21"/>
        <source>Distinct incorrect samples kept per problem</source>
        <translation>每道题保留的不同错误样本数</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="24"/>
        <source>Max positives per problem</source>
        <translation>每题最多正样本数</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="25"/>
        <source>Distinct correct samples kept per problem (RFT data, DPO positives)</source>
        <translation>每道题保留的不同正确样本数（RFT 数据、DPO 正样本）</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="30"/>
        <location filename="../core/train/eval_config.cpp" line="26"/>
        <source>Problems per sampling batch</source>
        <translation>每个采样批次的题目数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="280"/>
        <location filename="../core/tasks/lookup_task.cpp" line="124"/>
        <source>Min steps</source>
        <translation>最少步数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="281"/>
        <source>Fewest operations in a chain</source>
        <translation>链中最少运算数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="282"/>
        <location filename="../core/tasks/arith_task.cpp" line="286"/>
        <source>operations</source>
        <translation>次运算</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="284"/>
        <location filename="../core/tasks/lookup_task.cpp" line="128"/>
        <source>Max steps</source>
        <translation>最多步数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="285"/>
        <source>Most operations in a chain</source>
        <translation>链中最多运算数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="288"/>
        <source>Smallest operand</source>
        <translation>最小操作数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="289"/>
        <source>Smallest start value and operand of a chain</source>
        <translation>链的最小起始值和操作数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="291"/>
        <source>Largest operand</source>
        <translation>最大操作数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="292"/>
        <source>Largest start value and operand of a chain</source>
        <translation>链的最大起始值和操作数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="294"/>
        <source>Operators</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="295"/>
        <source>Characters from + - * (e.g. &quot;+-*&quot;)</source>
        <translation>取自 + - * 的字符（例如 &quot;+-*&quot;）</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="297"/>
        <source>Modulus</source>
        <translation>模数</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="298"/>
        <source>Every result is reduced modulo this number</source>
        <translation>每个结果都对此数取模</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="301"/>
        <source>Operand skew</source>
        <translation>操作数偏斜</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="302"/>
        <source>Zipf exponent of the operands: a few common, many rare (a long tail of facts)</source>
        <translation>操作数的 Zipf 指数：少数常见、多数罕见（事实的长尾）</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="305"/>
        <location filename="../core/tasks/lookup_task.cpp" line="136"/>
        <source>uniform</source>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="307"/>
        <source>Spurious step rate</source>
        <translation>虚假步骤比例</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="308"/>
        <source>Chance that the teacher inserts a correct but useless step</source>
        <translation>教师插入一个正确但无用的步骤的概率</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="246"/>
        <source>Training file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="247"/>
        <source>GSM8K-style JSONL file of the training problems</source>
        <translation>训练题目的 GSM8K 风格 JSONL 文件</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="249"/>
        <source>Test file</source>
        <translation>测试文件</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="250"/>
        <source>GSM8K-style JSONL file of the held-out problems</source>
        <translation>留出题目的 GSM8K 风格 JSONL 文件</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="252"/>
        <source>Validation file</source>
        <translation>验证文件</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="253"/>
        <source>GSM8K-style JSONL file of the validation problems (model selection)</source>
        <translation>验证题目的 GSM8K 风格 JSONL 文件（用于模型选择）</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="255"/>
        <source>the last problems of the training file</source>
        <translation>训练文件末尾的题目</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="257"/>
        <source>Skip bad lines</source>
        <translation>跳过错误行</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="258"/>
        <source>Skip (and report) lines that do not parse instead of stopping</source>
        <translation>跳过（并报告）无法解析的行，而不是停止</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="167"/>
        <source>Degree d</source>
        <translation>度数 d</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="168"/>
        <source>Arms leaving the source node</source>
        <translation>从源节点伸出的分支数</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="169"/>
        <source>arms</source>
        <translation>个分支</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="171"/>
        <source>Path length ℓ</source>
        <translation>路径长度 ℓ</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="172"/>
        <source>Nodes on the path from source to goal, both included</source>
        <translation>从源节点到目标节点路径上的节点数（含两端）</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="173"/>
        <source>nodes</source>
        <translation>个节点</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="175"/>
        <source>Node labels N</source>
        <translation>节点标签数 N</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="176"/>
        <source>Size of the label alphabet the nodes are drawn from</source>
        <translation>节点标签所取自的字母表大小</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="177"/>
        <source>labels</source>
        <translation>个标签</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="339"/>
        <source>Arithmetic chains</source>
        <translation>算术链</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="183"/>
        <source>Star graph G(d, ℓ)</source>
        <translation>星形图 G(d, ℓ)</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="154"/>
        <source>Fact-recall chains</source>
        <translation>事实回忆链</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="144"/>
        <source>Hinted lookup chains (a shortcut)</source>
        <translation>带提示的查表链（一条捷径）</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="290"/>
        <source>GSM8K-style JSONL import</source>
        <translation>GSM8K 风格的 JSONL 导入</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="48"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="49"/>
        <source>Which task generates (or imports) the problems</source>
        <translation>由哪个任务生成（或导入）题目</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="51"/>
        <source>|D_syn| (training problems)</source>
        <translation>|D_syn|（训练题目数）</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="52"/>
        <source>Problems with a teacher solution used for SFT</source>
        <translation>带有教师解答、用于 SFT 的题目</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="55"/>
        <source>Validation problems</source>
        <translation>验证题目</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="56"/>
        <source>Held-out problems that choose checkpoints and settings; the test set is read once per finished model</source>
        <translation>用于选择检查点和设置的留出题目；测试集对每个完成的模型只读取一次</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="60"/>
        <source>none (evaluations read the test set)</source>
        <translation>无（评估读取测试集）</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="62"/>
        <source>Test problems</source>
        <translation>测试题目</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="63"/>
        <source>Held-out problems for evaluation</source>
        <translation>用于评估的留出题目</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="20"/>
        <location filename="../core/train/dpo_config.cpp" line="20"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="21"/>
        <source>Temperature of the step weights exp(A/β)</source>
        <translation>步骤权重 exp(A/β) 的温度</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="23"/>
        <source>Normalise weights</source>
        <translation>归一化权重</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="24"/>
        <source>mean: divide the weights by their mean over all weighted steps</source>
        <translation>mean：将权重除以所有加权步骤上的均值</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="27"/>
        <source>Largest weight</source>
        <translation>最大权重</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="28"/>
        <source>Weights are clipped to at most this</source>
        <translation>权重最多截断到此值</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="21"/>
        <source>DPO temperature of the implicit reward β·log(π/π_ref)</source>
        <translation>隐式奖励 β·log(π/π_ref) 中的 DPO 温度</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="23"/>
        <source>Max epochs over the pairs</source>
        <translation>偏好对上的最大轮数</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="24"/>
        <source>Stops DPO early when the pairs are few: at most this many passes over them</source>
        <translation>偏好对较少时提前停止 DPO：最多遍历它们这么多轮</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="27"/>
        <location filename="../core/train/training_config.cpp" line="62"/>
        <source>passes</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="28"/>
        <source>always run all steps</source>
        <translation>始终运行全部步数</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="30"/>
        <source>RPO weight α</source>
        <translation>RPO 权重 α</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="31"/>
        <source>Weight of the chosen completion&apos;s NLL in the RPO methods&apos; loss</source>
        <translation>RPO 方法损失中被选补全 NLL 的权重</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="9"/>
        <source>k of pass@k</source>
        <translation>pass@k 中的 k</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="10"/>
        <source>Samples per test problem for pass@k</source>
        <translation>pass@k 中每道测试题的采样数</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="14"/>
        <source>Sampling temperature for pass@k</source>
        <translation>pass@k 的采样温度</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="20"/>
        <source>Max new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="21"/>
        <source>Longest solution generated</source>
        <translation>生成解答的最大长度</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="23"/>
        <source>up to the model context</source>
        <translation>直到模型上下文长度</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="29"/>
        <source>Training-set probe</source>
        <translation>训练集探测</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="30"/>
        <source>Also evaluate greedily on this many training problems: the gap to the test set shows memorisation</source>
        <translation>同时在这么多道训练题上做贪心评估：与测试集的差距反映记忆程度</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="29"/>
        <source>Optimizer steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="30"/>
        <source>AdamW updates of this stage</source>
        <translation>本阶段的 AdamW 更新次数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="34"/>
        <source>Sequences (or pairs) per optimizer step</source>
        <translation>每个优化步的序列（或偏好对）数</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="19"/>
        <location filename="../core/train/training_config.cpp" line="36"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="37"/>
        <source>Peak learning rate after warmup</source>
        <translation>预热后的峰值学习率</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="22"/>
        <location filename="../core/train/training_config.cpp" line="39"/>
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="40"/>
        <source>The cosine decays to this</source>
        <translation>余弦衰减至此值</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="25"/>
        <location filename="../core/train/training_config.cpp" line="42"/>
        <source>Warmup steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="43"/>
        <source>Linear warmup from 0 to the learning rate</source>
        <translation>从 0 线性预热到学习率</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="46"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="47"/>
        <source>AdamW decoupled weight decay</source>
        <translation>AdamW 解耦权重衰减</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="49"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="50"/>
        <source>Largest global L2 norm of the gradient</source>
        <translation>梯度的最大全局 L2 范数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="53"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="54"/>
        <source>Steps between evaluations and checkpoints</source>
        <translation>两次评估与检查点之间的步数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="56"/>
        <source>only at the end</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="58"/>
        <source>Epoch budget</source>
        <translation>轮次预算</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="59"/>
        <source>Passes over the stage&apos;s data; replaces the step count, so every data size gets the same number of passes</source>
        <translation>对该阶段数据的遍历次数；取代步数，使每种数据规模获得相同的遍历次数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="63"/>
        <source>use the step count</source>
        <translation>使用步数</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="65"/>
        <source>Keep the model</source>
        <translation>保留的模型</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="66"/>
        <source>last: the model after the last step; best_valid: the evaluated model with the lowest validation error (early stopping); best_valid_first_step: the highest validation first-step accuracy</source>
        <translation>last：最后一步之后的模型；best_valid：验证误差最低的已评估模型（早停）；best_valid_first_step：验证首步准确率最高的模型</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="71"/>
        <source>Patience</source>
        <translation>耐心</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="72"/>
        <source>With best_valid: stop after this many evaluations without a lower validation error</source>
        <translation>使用 best_valid 时：连续这么多次评估验证误差未降低则停止</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="75"/>
        <source>evaluations</source>
        <translation>次评估</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="76"/>
        <source>never stop early</source>
        <translation>从不提前停止</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="78"/>
        <source>Stop at first-step accuracy</source>
        <translation>在首步准确率处停止</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="79"/>
        <source>Stop at the first evaluation whose first-step accuracy (on the split named by stop_split) reaches this: a model at a chosen competence</source>
        <translation>在首步准确率（在 stop_split 指定的数据划分上）首次达到此值的评估处停止：得到指定能力水平的模型</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="82"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="84"/>
        <source>Stop on split</source>
        <translation>停止判据的数据划分</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="85"/>
        <source>valid: stop_at_first_step reads the validation split; train: the training probe (eval.train_problems of the training problems), i.e. how far the model has memorised its data</source>
        <translation>valid：stop_at_first_step 读取验证集；train：读取训练探针（训练题目中的 eval.train_problems 道），即模型记住其数据的程度</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="90"/>
        <source>Micro-batch size</source>
        <translation>微批大小</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="91"/>
        <source>Rows per forward/backward pass, gradients accumulated over the batch: the same update with less memory</source>
        <translation>每次前向/反向传播的行数，梯度在整个批次上累加：更新相同，内存更少</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="94"/>
        <source>the whole batch at once</source>
        <translation>整个批次一次完成</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="121"/>
        <source>Keys</source>
        <translation>键数</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="122"/>
        <source>Size of the hidden key-to-digit table</source>
        <translation>隐藏的键到数字表的大小</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="125"/>
        <source>Fewest keys recalled in a problem</source>
        <translation>每题回忆的最少键数</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="126"/>
        <location filename="../core/tasks/lookup_task.cpp" line="130"/>
        <source>keys</source>
        <translation>个键</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="129"/>
        <source>Most keys recalled in a problem</source>
        <translation>每题回忆的最多键数</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="132"/>
        <source>Key skew</source>
        <translation>键偏斜</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="133"/>
        <source>Zipf exponent of the key frequencies: a few common keys, a long tail of rare ones</source>
        <translation>键频率的 Zipf 指数：少数常见键，大量罕见键的长尾</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="139"/>
        <source>A hint in the prompt that is the first key&apos;s digit on this share of the problems and another digit on the rest: a shortcut past the first recall</source>
        <translation>提示中的一条线索：在此比例的题目上等于第一个键的数字，其余题目上为其他数字：一条绕过第一次回忆的捷径</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="143"/>
        <source>no hint</source>
        <translation>无提示</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="145"/>
        <source>Table seed</source>
        <translation>表种子</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="146"/>
        <source>Draws the hidden table: the task&apos;s ground truth, shared by all splits and run seeds</source>
        <translation>生成隐藏表：任务的真实答案，所有划分与运行种子共享</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="122"/>
        <source>Table size</source>
        <translation>表大小</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="123"/>
        <source>Letters of the table, one pair each: a random cycle through them</source>
        <translation>表中的字母，每个一对：贯穿它们的随机循环</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="125"/>
        <source>letters</source>
        <translation>字母</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="127"/>
        <source>Min hops</source>
        <translation>最少跳数</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="128"/>
        <source>Fewest lookups in a solution</source>
        <translation>解答中最少的查表次数</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="131"/>
        <source>Max hops</source>
        <translation>最多跳数</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="132"/>
        <source>Most lookups in a solution</source>
        <translation>解答中最多的查表次数</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="135"/>
        <location filename="../core/tasks/lookup_task.cpp" line="138"/>
        <source>Hint rate ρ</source>
        <translation>提示率 ρ</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="136"/>
        <source>Share of problems whose hint is the first step&apos;s value: copying it is a shortcut that fails on the rest</source>
        <translation>提示等于第一步取值的题目比例：照抄提示是一条在其余题目上失败的捷径</translation>
    </message>
</context>
<context>
    <name>ef::Methods</name>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="59"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="60"/>
        <source>Standard DPO on random pairs of a correct and an incorrect self-sample</source>
        <translation>在正确与错误自采样的随机配对上做标准 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="68"/>
        <source>edit-distance DPO</source>
        <translation>编辑距离 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="69"/>
        <source>DPO on pairs of a correct sample and the incorrect one farthest from it in edit distance</source>
        <translation>在正确样本与编辑距离最远的错误样本组成的配对上做 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="78"/>
        <source>per-step DPO (full)</source>
        <translation>逐步 DPO（完整）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="79"/>
        <source>Per-step DPO: a correct solution against the negative cut after its first pit</source>
        <translation>逐步 DPO：正确解答对比截断在首个陷阱之后的负样本</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="88"/>
        <source>per-step DPO (shared prefix)</source>
        <translation>逐步 DPO（共享前缀）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="89"/>
        <source>Per-step DPO on the shared prefix before the pit: a successful rollout against the pit step</source>
        <translation>在陷阱之前的共享前缀上做逐步 DPO：成功的 rollout 对比陷阱步骤</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="98"/>
        <source>per-step DPO (alternative at the pit)</source>
        <translation>逐步 DPO（坑处的替代步）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="99"/>
        <source>Per-step DPO on one step: at the pit, the step with the highest Monte-Carlo Q̂ &gt; 0 against the pit step, after the shared prefix</source>
        <translation>单步的逐步 DPO：在共享前缀之后，坑处蒙特卡洛 Q̂ &gt; 0 最高的步骤对比坑步骤</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="112"/>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="113"/>
        <source>DPO&apos;s random pairs with the chosen completion&apos;s NLL added to the loss</source>
        <translation>DPO 的随机配对，并在损失中加入被选补全的 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="121"/>
        <source>edit-distance RPO</source>
        <translation>编辑距离 RPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="122"/>
        <source>Edit-distance DPO&apos;s pairs with the chosen completion&apos;s NLL added to the loss</source>
        <translation>编辑距离 DPO 的配对，并在损失中加入被选补全的 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="131"/>
        <source>per-step RPO (full)</source>
        <translation>逐步 RPO（完整）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="132"/>
        <source>Per-step DPO (full) with the chosen completion&apos;s NLL added to the loss</source>
        <translation>逐步 DPO（完整），并在损失中加入被选补全的 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="140"/>
        <source>per-step RPO (shared prefix)</source>
        <translation>逐步 RPO（共享前缀）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="141"/>
        <source>Per-step DPO (shared prefix) with the chosen completion&apos;s NLL added to the loss</source>
        <translation>逐步 DPO（共享前缀），并在损失中加入被选补全的 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="150"/>
        <source>per-step RPO (alternative at the pit)</source>
        <translation>逐步 RPO（坑处的替代步）</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="151"/>
        <source>Per-step DPO (alternative at the pit) with the chosen step&apos;s NLL added to the loss</source>
        <translation>逐步 DPO（坑处的替代步），损失中加入所选步骤的 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="32"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="33"/>
        <source>Rejection-sampling fine-tuning: SFT on D_syn and π_sft&apos;s distinct correct samples</source>
        <translation>拒绝采样微调：在 D_syn 与 π_sft 的不同正确样本上做 SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_method.cpp" line="14"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_method.cpp" line="16"/>
        <source>Supervised fine-tuning on the synthetic problems D_syn</source>
        <translation>在合成题目 D_syn 上的监督微调</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="48"/>
        <source>advantage-weighted RL</source>
        <translation>优势加权 RL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="49"/>
        <source>Per-step log-likelihood of π_sft&apos;s analysed samples weighted by exp(A/β), from π_sft</source>
        <translation>从 π_sft 出发，以 exp(A/β) 加权 π_sft 已分析样本的逐步对数似然</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="52"/>
        <source>iterated per-step DPO</source>
        <translation>迭代逐步 DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="53"/>
        <source>Rounds of sampling from the current policy, per-step credit and per-step DPO</source>
        <translation>从当前策略采样、逐步信用分配和逐步 DPO 的多轮迭代</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="51"/>
        <source>More SFT</source>
        <translation>更多 SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="52"/>
        <source>Control: π_sft trained on D_syn for as many steps and tokens as the matched preference method</source>
        <translation>对照：π_sft 在 D_syn 上训练与所匹配偏好方法相同的步数和词元数</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="60"/>
        <source>Reweighted SFT</source>
        <translation>重加权 SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="61"/>
        <source>Control: More SFT with the problems π_sft fails on weighted up</source>
        <translation>对照：对 π_sft 失败的题目加权的更多 SFT</translation>
    </message>
</context>
<context>
    <name>ef::Metrics</name>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="138"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="139"/>
        <source>test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="140"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="141"/>
        <source>first-step accuracy</source>
        <translation>首步准确率</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="143"/>
        <source>test error where the shortcut fails</source>
        <translation>捷径失效处的测试错误率</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="144"/>
        <source>error on training problems</source>
        <translation>训练题上的错误率</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="146"/>
        <source>first-step accuracy on training problems</source>
        <translation>训练题上的首步准确率</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="44"/>
        <source>DPO reward margin</source>
        <translation>DPO 奖励间隔</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="45"/>
        <source>DPO pair accuracy</source>
        <translation>DPO 样本对准确率</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="46"/>
        <source>DPO chosen reward</source>
        <translation>DPO 被选奖励</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="47"/>
        <source>DPO rejected reward</source>
        <translation>DPO 被拒奖励</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="48"/>
        <source>RPO chosen NLL</source>
        <translation>RPO 被选 NLL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="61"/>
        <source>validation error after each round</source>
        <translation>每轮后的验证误差</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="63"/>
        <source>fraction of correct self-samples per round</source>
        <translation>每轮正确自采样的比例</translation>
    </message>
</context>
<context>
    <name>ef::gui</name>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="24"/>
        <source>cannot copy %1 to %2</source>
        <translation>无法将 %1 复制到 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="48"/>
        <source>No example workspace was built or installed (build target example_workspace).</source>
        <translation>未构建或安装示例工作区（构建目标 example_workspace）。</translation>
    </message>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="65"/>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>ef::gui::ConfigForm</name>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="29"/>
        <source>Greater than %1%2</source>
        <translation>大于 %1%2</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="32"/>
        <source>From %1 to %2%3</source>
        <translation>从 %1 到 %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="39"/>
        <source>Empty = %1</source>
        <translation>留空 = %1</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="41"/>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
</context>
<context>
    <name>ef::gui::DatasetExportDialog</name>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="29"/>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="54"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="30"/>
        <source>Preference pairs (TRL DPO JSONL)</source>
        <translation>偏好对（TRL DPO JSONL）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="31"/>
        <source>Step labels, any rollout succeeded (TRL PRM JSONL)</source>
        <translation>步骤标签：任一 rollout 成功（TRL PRM JSONL）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="32"/>
        <source>Step labels, Monte-Carlo estimate Q (TRL PRM JSONL)</source>
        <translation>步骤标签：蒙特卡洛估计 Q（TRL PRM JSONL）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="33"/>
        <source>Self-samples with verdicts (JSONL)</source>
        <translation>带判定结果的自采样（JSONL）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="34"/>
        <source>Model (Hugging Face GPT-2 folder)</source>
        <translation>模型（Hugging Face GPT-2 文件夹）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="38"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="37"/>
        <source>#%1 (a sweep: all its cells)</source>
        <translation>#%1（扫描：其全部单元）</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="39"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="41"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="53"/>
        <source>Folder for the model</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="56"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="76"/>
        <source>Exported the %1 model of run #%2 to %3</source>
        <translation>已将运行 #%2 的 %1 模型导出到 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="95"/>
        <source>Exported %1 lines to %2</source>
        <translation>已导出 %1 行到 %2</translation>
    </message>
</context>
<context>
    <name>ef::gui::InspectorPage</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="435"/>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="436"/>
        <source>problem # or text</source>
        <translation>题号或文本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="437"/>
        <source>any pit</source>
        <translation>有无陷阱均可</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="438"/>
        <source>with a pit</source>
        <translation>有陷阱</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="439"/>
        <source>without a pit</source>
        <translation>无陷阱</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="440"/>
        <source>pit at step</source>
        <translation>陷阱所在步</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="441"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="443"/>
        <source>negatives and positives</source>
        <translation>负样本和正样本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="444"/>
        <source>negatives</source>
        <translation>负样本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="446"/>
        <source>positives (spurious steps)</source>
        <translation>正样本（虚假步骤）</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="447"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="448"/>
        <source>The solution view as a PDF (vector) or PNG figure</source>
        <translation>将解答视图导出为 PDF（矢量）或 PNG 图</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="449"/>
        <source>Sorted by the most negative advantage first; click a header to re-sort</source>
        <translation>按最负的优势优先排序；点击表头可重新排序</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="264"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="181"/>
        <source>Computing… %1 of %2 models</source>
        <translation>计算中… %1 / %2 个模型</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="190"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="191"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="378"/>
        <source>No checkpoint of this solution&apos;s cell is on disk.</source>
        <translation>磁盘上没有此解答所属单元的检查点。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="379"/>
        <source>%1 of %2 models computed</source>
        <translation>已计算 %1 / %2 个模型</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="394"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="399"/>
        <location filename="../app/gui/inspector_page.cpp" line="405"/>
        <source>Export step history</source>
        <translation>导出步骤历史</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="400"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="411"/>
        <source>No analysed solutions: select a sweep (or a run) whose per-step advantages were computed.</source>
        <translation>没有已分析的解答：请选择一个已计算逐步优势的扫描（或运行）。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="414"/>
        <source>%1 negatives, %2 with a first pit; %3 positives analysed with %4 spurious steps (A ≤ 0).</source>
        <translation>%1 个负样本，其中 %2 个有首个陷阱；已分析 %3 个正样本，含 %4 个虚假步骤（A ≤ 0）。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="405"/>
        <location filename="../app/gui/inspector_page.cpp" line="516"/>
        <location filename="../app/gui/inspector_page.cpp" line="533"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="542"/>
        <location filename="../app/gui/inspector_page.cpp" line="547"/>
        <source>Export inspector view</source>
        <translation>导出检查器视图</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="543"/>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图像，300 dpi (*.png)</translation>
    </message>
</context>
<context>
    <name>ef::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="179"/>
        <source>Eightfold</source>
        <translation>Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>Setup</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="182"/>
        <source>Data scaling</source>
        <translation>数据规模扩展</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="183"/>
        <source>Advantage inspector</source>
        <translation>优势检查器</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="185"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="205"/>
        <source>Devices: %1 (LibTorch %2)</source>
        <translation>设备：%1（LibTorch %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="208"/>
        <source> · reference BLAS: ~20x slower</source>
        <translation> · 参考 BLAS：约慢 20 倍</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>Submitted the Slurm plan %1; merging its tasks as they finish</source>
        <translation>已提交 Slurm 计划 %1；任务完成后即合并</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <source>Wrote the Slurm plan %1: submit it with sbatch %2/job.sh</source>
        <translation>已写入 Slurm 计划 %1：用 sbatch %2/job.sh 提交</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="127"/>
        <source>%1 started as #%2</source>
        <translation>%1 已作为 #%2 启动</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="136"/>
        <source>#%1 %2 failed: %3</source>
        <translation>#%1 %2 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="138"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>An empty workspace: File → Open example workspace shows a finished sweep.</source>
        <translation>空工作区：文件 → 打开示例工作区 可查看一个已完成的扫描。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>Runs and sweeps</source>
        <translation>运行与扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="187"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="237"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="241"/>
        <source>Open e&amp;xample workspace</source>
        <translation>打开示例工作区(&amp;X)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="242"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>&amp;Export figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="247"/>
        <source>Export &amp;dataset…</source>
        <translation>导出数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="248"/>
        <source>&amp;Watch Slurm plan…</source>
        <translation>监视 Slurm 计划(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Start &amp;run</source>
        <translation>开始运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Start &amp;sweep</source>
        <translation>开始扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>&amp;Cancel selected</source>
        <translation>取消所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="258"/>
        <source>Re&amp;sume selected</source>
        <translation>继续所选(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="260"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="264"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="265"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>&amp;About Eightfold</source>
        <translation>关于 Eightfold(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="274"/>
        <source>About Eightfold</source>
        <translation>关于 Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;An experiment workbench for Setlur et al. 2024, &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt;: SFT, RFT, Monte-Carlo per-step credit and per-step DPO on synthetic tasks, with the data-scaling plot.&lt;br&gt;&lt;br&gt;Free software under the GNU General Public License, version 3 or later (%2): you may share and change it; there is no warranty.</source>
        <translation>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;Setlur 等人 2024 年论文 &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt; 的实验工作台：在合成任务上进行 SFT、RFT、蒙特卡洛逐步信用分配和逐步 DPO，并绘制数据规模扩展图。&lt;br&gt;&lt;br&gt;依据 GNU 通用公共许可证第 3 版或更高版本（%2）发布的自由软件：您可以分发和修改它；不提供任何担保。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="287"/>
        <source>Open example workspace</source>
        <translation>打开示例工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="300"/>
        <source>Example workspace: the lookup-hint-scaling sweep with three seeds, copied to %1</source>
        <translation>示例工作区：三个种子的 lookup-hint-scaling 扫描，已复制到 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="314"/>
        <source>Workspace busy</source>
        <translation>工作区繁忙</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="315"/>
        <source>Runs are active or queued in the current workspace; cancel them before switching.</source>
        <translation>当前工作区中有正在进行或排队中的运行；请先取消它们再切换。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="322"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="323"/>
        <source>Cannot open workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="331"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="332"/>
        <source>Eightfold workspace (*.sqlite)</source>
        <translation>Eightfold 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="339"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="340"/>
        <source>Eightfold workspace (*.sqlite);;All files (*)</source>
        <translation>Eightfold 工作区 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="355"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>Nothing to export yet: show the training curves of a run or the data-scaling plot of a sweep first.</source>
        <translation>暂无可导出的内容：请先显示某个运行的训练曲线或某个扫描的数据规模扩展图。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="379"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="384"/>
        <source>Slurm merge: %1</source>
        <translation>Slurm 合并：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="391"/>
        <source>Slurm plan folder (with manifest.json)</source>
        <translation>Slurm 计划文件夹（含 manifest.json）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="394"/>
        <source>Watch Slurm plan</source>
        <translation>监视 Slurm 计划</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="395"/>
        <source>%1 holds no manifest.json: choose the folder written by Start sweep on Slurm or eightfold-cli sweep --slurm.</source>
        <translation>%1 中没有 manifest.json：请选择由“在 Slurm 上开始扫描”或 eightfold-cli sweep --slurm 写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="406"/>
        <location filename="../app/gui/main_window.cpp" line="415"/>
        <source>Export dataset</source>
        <translation>导出数据集</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="407"/>
        <source>Select a run, a sweep or a sweep cell in the run list first.</source>
        <translation>请先在运行列表中选择一个运行、扫描或扫描单元。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="441"/>
        <source>resume #%1 %2</source>
        <translation>继续 #%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="472"/>
        <source>%n run(s) of this workspace stopped without finishing (%1). Resume them from their last checkpoint?</source>
        <translation>
            <numerusform>本工作区有 %n 个运行未完成即已停止（%1）。是否从其最后一个检查点继续？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="507"/>
        <source>Runs are active</source>
        <translation>有运行正在进行</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="508"/>
        <source>Quit and cancel the active runs? They can be resumed from their last checkpoint.</source>
        <translation>退出并取消正在进行的运行？之后可以从其最后一个检查点继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="200"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ef::gui::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferences.cpp" line="56"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="58"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="63"/>
        <source>auto (CUDA when available)</source>
        <translation>auto（可用时使用 CUDA）</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="68"/>
        <source>all logical CPUs (%1)</source>
        <translation>全部逻辑 CPU（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="73"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="74"/>
        <source>A new language applies at once, to every page.</source>
        <translation>新语言立即应用于所有页面。</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="77"/>
        <source>Default device:</source>
        <translation>默认设备：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="78"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="81"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="83"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="89"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>ef::gui::RunsModel</name>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="222"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="224"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="226"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="228"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="230"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="232"/>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="234"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="236"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="238"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="240"/>
        <source>Test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="284"/>
        <source>Time per stage:</source>
        <translation>各阶段用时：</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="285"/>
        <source>Time per stage, all cells:</source>
        <translation>各阶段用时（所有单元）：</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="287"/>
        <source>%1: %2 s</source>
        <translation>%1：%2 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="288"/>
        <source> (%1 tokens/s)</source>
        <translation>（%1 词元/秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="298"/>
        <source>stage %1: %2/%3</source>
        <translation>阶段 %1：%2/%3</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="299"/>
        <source>ETA %1</source>
        <translation>预计剩余 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="301"/>
        <source>cells %1/%2 finished</source>
        <translation>已完成单元 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="310"/>
        <source>#%1 %2 %3/%4, ETA %5</source>
        <translation>#%1 %2 %3/%4，预计剩余 %5</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="325"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="334"/>
        <source>cells %1/%2</source>
        <translation>单元 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="337"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>ef::gui::RunsPanel</name>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="160"/>
        <source>Filter by name, kind or status…</source>
        <translation>按名称、类型或状态筛选…</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="161"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="162"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="163"/>
        <source>Remove from queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="164"/>
        <source>Duplicate config</source>
        <translation>复制配置</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="165"/>
        <source>Stop the selected running job (within a second)</source>
        <translation>停止所选的正在运行的任务（一秒内生效）</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="166"/>
        <source>Continue an interrupted, cancelled or failed run from its checkpoint</source>
        <translation>从检查点继续一个被中断、已取消或失败的运行</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="167"/>
        <source>Load the selected run&apos;s configuration into the setup form</source>
        <translation>将所选运行的配置载入配置表单</translation>
    </message>
</context>
<context>
    <name>ef::gui::ScalingPage</name>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="173"/>
        <source>log y</source>
        <translation>y 轴取对数</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="169"/>
        <source>Sweep:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="170"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="174"/>
        <source>test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="175"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="176"/>
        <source>first-step accuracy</source>
        <translation>首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="177"/>
        <source>error on training problems</source>
        <translation>训练题上的错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="179"/>
        <source>first-step accuracy on training problems</source>
        <translation>训练题上的首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="171"/>
        <source>Band:</source>
        <translation>误差带：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="187"/>
        <source>± 1 std</source>
        <translation>± 1 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="188"/>
        <source>± 1 standard error</source>
        <translation>± 1 标准误</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="189"/>
        <source>95% t-interval</source>
        <translation>95% t 区间</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="190"/>
        <source>95% bootstrap CI</source>
        <translation>95% bootstrap 置信区间</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="172"/>
        <source>Multiplier vs:</source>
        <translation>倍数对比：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="180"/>
        <source>test error where the shortcut fails</source>
        <translation>捷径失效处的测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="182"/>
        <source>The training-problem values come from the greedy probe on the first eval.train_problems training problems; their gap to the test values is memorisation. The error where the shortcut fails is read on the test problems whose hint is wrong (hint tasks only)</source>
        <translation>训练题目上的数值来自对前 eval.train_problems 道训练题目的贪心探测；它们与测试值的差距即为记忆。捷径失效处的错误率在提示错误的测试题目上读取（仅限带提示的任务）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="191"/>
        <source>SFT power law</source>
        <translation>SFT 幂律</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="192"/>
        <source>SFT at the same size</source>
        <translation>同规模的 SFT</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="194"/>
        <source>SFT power law: the SFT data size whose fitted error equals the method&apos;s, over |D|. SFT at the same size: (SFT&apos;s mean error / the method&apos;s)^(1/α), so SFT reads 1× and the fit&apos;s residual at that size drops out (docs/method.md)</source>
        <translation>SFT 幂律：拟合误差等于该方法误差的 SFT 数据量除以 |D|。同规模的 SFT：(SFT 平均误差 / 该方法误差)^(1/α)，SFT 本身为 1×，该规模下拟合的残差不再计入 (docs/method.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="197"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="199"/>
        <source>PDF, SVG or PNG for a paper, with the plotted data as CSV and a pgfplots snippet</source>
        <translation>用于论文的 PDF、SVG 或 PNG，并附带绘图数据的 CSV 和 pgfplots 片段</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="209"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="288"/>
        <source>|D_syn| (synthetic training problems)</source>
        <translation>|D_syn|（合成训练题目数）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="423"/>
        <source>No sweep selected: start one from the setup page or pick one above.</source>
        <translation>未选择扫描：请在配置页启动一个，或在上方选择一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="434"/>
        <source> (its config cannot be read, the error floor is a guess: %1)</source>
        <translation>（无法读取其配置，误差下限为估计值：%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="338"/>
        <source>mean over %1 seeds; band = %2</source>
        <translation>%1 个种子的均值；误差带 = %2</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="339"/>
        <source>one seed per cell (no band)</source>
        <translation>每个单元一个种子（无误差带）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="340"/>
        <source> (clipped to [0, 1])</source>
        <translation>（截断到 [0, 1]）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="350"/>
        <source>SFT fit: log err = %1 − %2 · log D  (R² = %3, %4 sizes %5–%6)</source>
        <translation>SFT 拟合：log err = %1 − %2 · log D  （R² = %3，%4 个规模 %5–%6）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="358"/>
        <source>; α 95% interval [%1, %2] over %3 seeds</source>
        <translation>；α 的 95% 区间 [%1, %2]（%3 个种子）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="365"/>
        <source>SFT power law (α = %1)</source>
        <translation>SFT 幂律（α = %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="346"/>
        <source>No SFT power law yet: %1</source>
        <translation>尚无 SFT 幂律：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="347"/>
        <source>No SFT power law yet.</source>
        <translation>尚无 SFT 幂律。</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="438"/>
        <source>#%1 %2: %3 of %4 cells finished</source>
        <translation>#%1 %2：%4 个单元中已完成 %3 个</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="295"/>
        <source>; multipliers read against SFT&apos;s mean error at the same size</source>
        <translation>；倍数相对同规模 SFT 的平均误差读取</translation>
    </message>
</context>
<context>
    <name>ef::gui::SetupPage</name>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="133"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="134"/>
        <source>Open config…</source>
        <translation>打开配置…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="135"/>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="136"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="137"/>
        <source>Load a run config JSON file</source>
        <translation>加载运行配置 JSON 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="138"/>
        <source>Show the differences to a preset or a past run</source>
        <translation>显示与某个预设或以往运行的差异</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="139"/>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="140"/>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="142"/>
        <source>SFT with evaluations on task.train_size problems</source>
        <translation>在 task.train_size 个题目上进行 SFT 并评估</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="143"/>
        <source>Every size × method × seed of the sweep section, as cells</source>
        <translation>扫描部分中每个 规模 × 方法 × 种子 组合，各作为一个单元</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="141"/>
        <source>Start sweep on Slurm…</source>
        <translation>在 Slurm 上开始扫描…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="145"/>
        <source>Write the sweep as a Slurm job array (one task per seed and size), show the script, submit it and merge the finished tasks into this workspace</source>
        <translation>将扫描写成 Slurm 作业数组（每个种子和规模一个任务），显示脚本，提交并将完成的任务合并到此工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="104"/>
        <location filename="../app/gui/setup_page.cpp" line="179"/>
        <location filename="../app/gui/setup_page.cpp" line="373"/>
        <source>Preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="166"/>
        <source>%1 (mine)</source>
        <translation>%1（我的）</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="189"/>
        <source>Cannot load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="127"/>
        <location filename="../app/gui/setup_page.cpp" line="203"/>
        <source>Loaded from: %1</source>
        <translation>加载自：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="213"/>
        <source>run #%1 (%2)</source>
        <translation>运行 #%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="218"/>
        <source>Devices here: %1</source>
        <translation>本机设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="250"/>
        <source>Fix the marked fields.</source>
        <translation>请修正标记的字段。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="261"/>
        <source>Configuration is valid.</source>
        <translation>配置有效。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="274"/>
        <source>Run: %1 training problems, %2 optimizer steps, %3 evaluations of %4 test problems.
Sweep: %5 cells (%6 SFT models), %7 training problems, %8 optimizer steps, %9 self-samples, at most %10 negatives and %11 rollouts.</source>
        <translation>运行：%1 个训练题目，%2 个优化步，%3 次评估（每次 %4 个测试题目）。
扫描：%5 个单元（%6 个 SFT 模型），%7 个训练题目，%8 个优化步，%9 个自采样，最多 %10 个负样本和 %11 个 rollout。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="332"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="346"/>
        <location filename="../app/gui/setup_page.cpp" line="350"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="347"/>
        <source>Run config (*.json)</source>
        <translation>运行配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="354"/>
        <location filename="../app/gui/setup_page.cpp" line="359"/>
        <source>Open run config</source>
        <translation>打开运行配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="355"/>
        <source>Run config (*.json);;All files (*)</source>
        <translation>运行配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="360"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="368"/>
        <source>Compare configurations</source>
        <translation>比较配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="371"/>
        <source>The config as loaded</source>
        <translation>加载时的配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="376"/>
        <source>Run #%1 %2</source>
        <translation>运行 #%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="389"/>
        <source>This form</source>
        <translation>当前表单</translation>
    </message>
</context>
<context>
    <name>ef::gui::SlurmDialog</name>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="34"/>
        <source>Write only</source>
        <translation>仅写入</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="35"/>
        <source>Write and submit</source>
        <translation>写入并提交</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="36"/>
        <source>Start sweep on Slurm</source>
        <translation>在 Slurm 上开始扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="42"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="46"/>
        <source>cluster default</source>
        <translation>集群默认值</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="43"/>
        <source>e.g. 04:00:00</source>
        <translation>例如 04:00:00</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="44"/>
        <source>e.g. 16G</source>
        <translation>例如 16G</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="48"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="55"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="92"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="123"/>
        <source>Plan folder</source>
        <translation>计划文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="56"/>
        <source>Partition</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="57"/>
        <source>GPUs per task</source>
        <translation>每个任务的 GPU 数</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="58"/>
        <source>CPUs per task</source>
        <translation>每个任务的 CPU 数</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="59"/>
        <source>Time limit</source>
        <translation>时间限制</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="60"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="61"/>
        <source>Array tasks: %1, one per seed and size, each with its own shard; finished shards are merged into this workspace as they arrive.</source>
        <translation>数组任务：%1 个，每个种子和规模一个，各有自己的分片；完成的分片到达后即合并到此工作区。</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="82"/>
        <source>Job script (job.sh):</source>
        <translation>作业脚本（job.sh）：</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="123"/>
        <source>choose a folder</source>
        <translation>请选择文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="127"/>
        <source>Nothing is written before you choose Write or Submit.</source>
        <translation>在选择写入或提交之前不会写入任何内容。</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="197"/>
        <source>Submitting with sbatch…</source>
        <translation>正在用 sbatch 提交…</translation>
    </message>
</context>
<context>
    <name>ef::gui::SlurmWatcher</name>
    <message>
        <location filename="../app/gui/slurm_watcher.cpp" line="80"/>
        <source>Slurm: %1 of %2 cells merged from %3 shards (%4 still running or stopped)</source>
        <translation>Slurm：已从 %3 个分片合并 %2 个单元中的 %1 个（%4 个仍在运行或已停止）</translation>
    </message>
</context>
<context>
    <name>ef::gui::TrainingPage</name>
    <message>
        <location filename="../app/gui/training_page.cpp" line="86"/>
        <source>log loss axis</source>
        <translation>损失轴取对数</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="87"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="88"/>
        <source>Follow the data again after zooming or panning (or double-click)</source>
        <translation>缩放或平移后重新跟随数据（也可双击）</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="89"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="90"/>
        <source>Error and accuracy curves (right axis)…</source>
        <translation>错误率与准确率曲线（右轴）…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="91"/>
        <source>Loss and margin curves (left axis)…</source>
        <translation>损失与间隔曲线（左轴）…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="92"/>
        <source>Select runs in the run list to see their curves; several runs overlay.</source>
        <translation>在运行列表中选择运行以查看其曲线；多个运行会叠加显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="93"/>
        <source>optimizer step</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="93"/>
        <location filename="../app/gui/training_page.cpp" line="297"/>
        <source>loss / margin</source>
        <translation>损失 / 间隔</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="94"/>
        <location filename="../app/gui/training_page.cpp" line="297"/>
        <source>test error / pass@k / accuracy</source>
        <translation>测试错误率 / pass@k / 准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="274"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="275"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="298"/>
        <source>raw values per evaluation or optimizer step</source>
        <translation>每次评估或每个优化步的原始值</translation>
    </message>
</context>
<context>
    <name>ef::widgets::DivergingLegend</name>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="37"/>
        <source>Cell colour = advantage A of the step: orange when the step lowered the chance of reaching a correct answer (A &lt; 0), white when it changed nothing (A = 0), blue when it raised it (A &gt; 0); grey = not estimated.</source>
        <translation>单元格颜色 = 该步骤的优势 A：橙色表示该步骤降低了得到正确答案的概率（A &lt; 0），白色表示没有改变（A = 0），蓝色表示提高了该概率（A &gt; 0）；灰色 = 未估计。</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="72"/>
        <source>A &lt; 0</source>
        <translation>A &lt; 0</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="73"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="74"/>
        <source>A &gt; 0</source>
        <translation>A &gt; 0</translation>
    </message>
</context>
<context>
    <name>ef::widgets::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="58"/>
        <location filename="../widgets/export_dialog.cpp" line="314"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="68"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="77"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="89"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="348"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="350"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="352"/>
        <source>PNG (raster)</source>
        <translation>PNG（位图）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="94"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="97"/>
        <location filename="../widgets/export_dialog.cpp" line="209"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="98"/>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="101"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="106"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="111"/>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="114"/>
        <source>Single column (3.25 in)</source>
        <translation>单栏（3.25 英寸）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="115"/>
        <source>Double column (6.75 in)</source>
        <translation>双栏（6.75 英寸）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="116"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="117"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="121"/>
        <location filename="../widgets/export_dialog.cpp" line="126"/>
        <location filename="../widgets/export_dialog.cpp" line="139"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="122"/>
        <source>Custom width:</source>
        <translation>自定义宽度：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="127"/>
        <source>auto (4:3)</source>
        <translation>auto（4:3）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="128"/>
        <source>Height:</source>
        <translation>高度：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="133"/>
        <source>Style</source>
        <translation>样式</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="140"/>
        <source>Font size:</source>
        <translation>字号：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="143"/>
        <source>Grey (black and white print)</source>
        <translation>灰度（黑白打印）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="144"/>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito（色盲友好）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="147"/>
        <source>As shown</source>
        <translation>与显示一致</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="148"/>
        <source>Palette:</source>
        <translation>调色板：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="150"/>
        <source>Top right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="151"/>
        <source>Top left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="152"/>
        <source>Bottom right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="153"/>
        <source>Bottom left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="154"/>
        <source>Outside, on the right</source>
        <translation>图外右侧</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="155"/>
        <source>Hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="158"/>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="161"/>
        <source>X axis title:</source>
        <translation>X 轴标题：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="162"/>
        <source>Y axis title:</source>
        <translation>Y 轴标题：</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="167"/>
        <source>Data beside the figure</source>
        <translation>随图导出的数据</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="169"/>
        <source>CSV of the plotted points (.csv)</source>
        <translation>所绘数据点的 CSV（.csv）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="170"/>
        <source>pgfplots snippet for LaTeX (.tex)</source>
        <translation>用于 LaTeX 的 pgfplots 代码片段（.tex）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="238"/>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="246"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="313"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ef::widgets::Figure</name>
    <message>
        <location filename="../widgets/figure_renderer.cpp" line="354"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonDiffView</name>
    <message>
        <location filename="../widgets/json_diff.cpp" line="78"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="78"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="84"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="94"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="106"/>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/json_diff.cpp" line="107"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonForm</name>
    <message>
        <location filename="../widgets/json_form.cpp" line="134"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>ef::widgets::LivePlot</name>
    <message numerus="yes">
        <location filename="../widgets/live_plot.cpp" line="298"/>
        <source>%n series: point at a line to see its name</source>
        <translation>
            <numerusform>%n 条曲线：将鼠标指向一条线即可看到其名称</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::widgets::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="52"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="53"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="54"/>
        <source>Information and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="55"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="56"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="57"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>ef::widgets::PitHistogram</name>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="50"/>
        <source>first pit (step)</source>
        <translation>首个陷阱所在步</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="51"/>
        <source>solutions</source>
        <translation>解答数</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="52"/>
        <source>first pit</source>
        <translation>首个陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="53"/>
        <source>no pit</source>
        <translation>无陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="83"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="93"/>
        <source>no solutions</source>
        <translation>无解答</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="94"/>
        <source>first pit in %1 of %2 solutions (%3%)</source>
        <translation>%2 个解答中有 %1 个存在首个陷阱（%3%）</translation>
    </message>
</context>
<context>
    <name>ef::widgets::ScalingView</name>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="70"/>
        <source>Efficiency multiplier D_eff / D: how much more SFT data would reach the method&apos;s error at this size, read off the fitted SFT power law</source>
        <translation>效率倍数 D_eff / D：在该规模下需要多少倍的 SFT 数据才能达到该方法的错误率，由拟合的 SFT 幂律读出</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="137"/>
        <source> (extrap.)</source>
        <translation>（外推）</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="149"/>
        <source>|D| = %1</source>
        <translation>|D| = %1</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="162"/>
        <source>D_eff lies outside the measured SFT sizes: extrapolated</source>
        <translation>D_eff 超出已测量的 SFT 规模范围：为外推值</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="167"/>
        <source>The 95% interval over seeds contains 1×: not distinguishable from SFT</source>
        <translation>跨种子的 95% 区间包含 1×：与 SFT 无法区分</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionListModel</name>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="94"/>
        <source>Lowest advantage A over the steps of this solution.</source>
        <translation>该解答各步骤中的最小优势 A。</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="119"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="121"/>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="123"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="125"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="127"/>
        <source>Pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="129"/>
        <source>Min A</source>
        <translation>最小 A</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="131"/>
        <source>Spurious</source>
        <translation>虚假步骤数</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionView</name>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Completion</source>
        <translation>续写</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Chosen</source>
        <translation>选中</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="223"/>
        <source>No solution selected</source>
        <translation>未选择解答</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="240"/>
        <source>Rollouts (select a step)</source>
        <translation>Rollout（请选择一个步骤）</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="242"/>
        <source>Rollouts after step %1: %2 of its %3 kept, %4 of them correct</source>
        <translation>第 %1 步之后的 rollout：保留其 %3 条中的 %2 条，其中 %4 条正确</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="247"/>
        <source>Rollouts after step %1: %2 correct of %3</source>
        <translation>第 %1 步之后的 rollout：%3 条中 %2 条正确</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="248"/>
        <source>Pairs (%1)</source>
        <translation>样本对（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="249"/>
        <source>Step history</source>
        <translation>步骤历史</translation>
    </message>
</context>
<context>
    <name>ef::widgets::StepHistoryModel</name>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="52"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="54"/>
        <source>(problem: V(x))</source>
        <translation>（题目：V(x)）</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="79"/>
        <source>First pit under %1: no rollout from here succeeds.</source>
        <translation>%1 下的第一个陷阱：从此处开始的展开均未成功。</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="89"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="90"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="93"/>
        <source>A (%1)</source>
        <translation>A (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="94"/>
        <source>Q̂ (%1)</source>
        <translation>Q̂ (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="98"/>
        <source>A = Q̂ of this step minus Q̂ of the previous one, under this policy.</source>
        <translation>A = 此步骤的 Q̂ 减去上一步骤的 Q̂（在此策略下）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="99"/>
        <source>Q̂: share of %1 rollouts from after this step that reach a correct answer, under this policy; ◆ marks its first pit.</source>
        <translation>Q̂：在此策略下，从此步骤之后的 %1 次展开中得到正确答案的比例；◆ 标记其第一个陷阱。</translation>
    </message>
</context>
<context>
    <name>ef::widgets::StepHistoryView</name>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="87"/>
        <source>Rollouts per prefix:</source>
        <translation>每个前缀的展开数：</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="88"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="88"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="90"/>
        <source>Evaluate this solution&apos;s steps under every model of its cell&apos;s lineage (π_sft, RFT, each DPO variant of the same size and seed); results are kept in the workspace</source>
        <translation>在其单元谱系中的每个模型（π_sft、RFT、相同规模和种子的每个 DPO 变体）下评估此解答的步骤；结果保存在工作区中</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="93"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
</context>
<context>
    <name>ef::widgets::StepTableModel</name>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="46"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="48"/>
        <source>(problem: V(x))</source>
        <translation>（题目：V(x)）</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="58"/>
        <source>first pit</source>
        <translation>首个陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="59"/>
        <source>spurious</source>
        <translation>虚假</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="60"/>
        <source>useless by the task&apos;s rule</source>
        <translation>按任务规则无用</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="70"/>
        <source>V(x) = %1: share of rollouts from the bare problem that reach a correct answer (%2).</source>
        <translation>V(x) = %1：从题目本身开始、得到正确答案的 rollout 所占比例（%2）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="73"/>
        <source>Q̂ = %1: share of rollouts started after step %2 that reach a correct answer (%3).</source>
        <translation>Q̂ = %1：在第 %2 步之后开始、得到正确答案的 rollout 所占比例（%3）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="78"/>
        <source>A = Q̂(step %1) − Q̂(step %2) = %3: how much this step changed the chance of success.</source>
        <translation>A = Q̂(第 %1 步) − Q̂(第 %2 步) = %3：该步骤使成功概率改变了多少。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="84"/>
        <source>First pit: the first step from which no rollout succeeds.</source>
        <translation>首个陷阱：从该步起没有任何 rollout 成功的第一个步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="87"/>
        <source>Spurious: a step of a correct solution that did not raise the chance of success (A ≤ 0).</source>
        <translation>虚假步骤：正确解答中未提高成功概率的步骤（A ≤ 0）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="91"/>
        <source>Useless by the task&apos;s rule: a restatement or a result that the next step does not use, as the teacher&apos;s inserted spurious steps are.</source>
        <translation>按任务规则无用：重复陈述，或下一步不使用的结果，正如教师插入的冗余步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="160"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="162"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="164"/>
        <source>Q̂</source>
        <translation>Q̂</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="166"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="168"/>
        <source>Rollouts</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="170"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="175"/>
        <source>Q̂: Monte-Carlo estimate of the chance that the policy reaches a correct answer when it continues after this step.</source>
        <translation>Q̂：策略在该步骤之后继续生成时得到正确答案的概率的蒙特卡洛估计。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="179"/>
        <source>A = Q̂ of this step minus Q̂ of the previous one (V(x) for step 1).</source>
        <translation>A = 本步骤的 Q̂ 减去上一步骤的 Q̂（第 1 步减去 V(x)）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="181"/>
        <source>Successful rollouts / rollouts sampled from this prefix.</source>
        <translation>成功的 rollout 数 / 从该前缀采样的 rollout 数。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="183"/>
        <source>First pit: first step from which no rollout succeeds. Spurious: step of a correct solution with A ≤ 0.</source>
        <translation>首个陷阱：从该步起没有任何 rollout 成功的第一个步骤。虚假步骤：正确解答中 A ≤ 0 的步骤。</translation>
    </message>
</context>
<context>
    <name>ef::widgets::detail</name>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="87"/>
        <source>%1: not an integer</source>
        <translation>%1：不是整数</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="90"/>
        <source>%1: must be &gt; %2</source>
        <translation>%1：必须 &gt; %2</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="91"/>
        <source>%1: must be &gt;= %2</source>
        <translation>%1：必须 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="92"/>
        <source>%1: must be &lt;= %2</source>
        <translation>%1：必须 &lt;= %2</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="234"/>
        <source>comma-separated values</source>
        <translation>逗号分隔的值</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="342"/>
        <location filename="../widgets/json_form_editors.cpp" line="373"/>
        <source>%1: not a number</source>
        <translation>%1：不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="355"/>
        <source>%1: not a JSON array</source>
        <translation>%1：不是 JSON 数组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="28"/>
        <source>Experiment workbench: RL on incorrect synthetic data</source>
        <translation>实验工作台：基于错误合成数据的强化学习</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Displays version information.</source>
        <translation>显示版本信息。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Run preset selected at start.</source>
        <translation>启动时选中的运行预设。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Workspace database.</source>
        <translation>工作区数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Start the selected preset at once (a sweep when it defines sizes).</source>
        <translation>立即启动所选预设（若其定义了规模，则作为扫描启动）。</translation>
    </message>
</context>
</TS>
