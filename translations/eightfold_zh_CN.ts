<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigHints</name>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="24"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="25"/>
        <source>Arithmetic chains</source>
        <translation>算术链</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="26"/>
        <source>Star graph G(d, ℓ)</source>
        <translation>星形图 G(d, ℓ)</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="27"/>
        <source>GSM8K-style JSONL import</source>
        <translation>GSM8K 风格的 JSONL 导入</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="28"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="29"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="30"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="31"/>
        <source>Self-sampling</source>
        <translation>自采样</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="32"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="33"/>
        <source>Per-step advantages</source>
        <translation>逐步优势</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="34"/>
        <source>Pairs</source>
        <translation>样本对</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="35"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="36"/>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="39"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="40"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="40"/>
        <source>Same seed, same device: the same numbers</source>
        <translation>相同种子、相同设备：得到相同的数值</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="42"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="42"/>
        <source>auto picks CUDA when LibTorch has it</source>
        <translation>auto：LibTorch 支持 CUDA 时即选用 CUDA</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="43"/>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="44"/>
        <source>auto: bf16 on CUDA, fp32 on CPUs; bf16 = matmuls in bf16, losses and optimizer state in fp32</source>
        <translation>auto：CUDA 上用 bf16，CPU 上用 fp32；bf16 = 矩阵乘法用 bf16，损失和优化器状态用 fp32</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="47"/>
        <source>Threads</source>
        <translation>线程数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="47"/>
        <source>LibTorch intra-op threads; 0 = all logical CPUs</source>
        <translation>LibTorch 算子内线程数；0 = 全部逻辑 CPU</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="49"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="51"/>
        <source>|D_syn| (training problems)</source>
        <translation>|D_syn|（训练题目数）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="51"/>
        <source>Problems with a teacher solution used for SFT</source>
        <translation>带有教师解答、用于 SFT 的题目</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="52"/>
        <source>Test problems</source>
        <translation>测试题目</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="52"/>
        <source>Held-out problems for evaluation</source>
        <translation>用于评估的留出题目</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="54"/>
        <source>Spurious step rate</source>
        <translation>虚假步骤比例</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="54"/>
        <source>Chance that the teacher inserts a correct but useless step</source>
        <translation>教师插入一个正确但无用的步骤的概率</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="55"/>
        <source>Modulus</source>
        <translation>模数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="55"/>
        <source>0 = no modulus</source>
        <translation>0 = 不取模</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="56"/>
        <source>Degree d</source>
        <translation>度数 d</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="56"/>
        <source>Arms leaving the source node</source>
        <translation>从源节点伸出的分支数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="57"/>
        <source>Path length ℓ</source>
        <translation>路径长度 ℓ</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="58"/>
        <source>Node labels N</source>
        <translation>节点标签数 N</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="60"/>
        <source>Skip bad lines</source>
        <translation>跳过错误行</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="60"/>
        <source>Skip (and report) lines that do not parse instead of stopping</source>
        <translation>跳过（并报告）无法解析的行，而不是停止</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="62"/>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="63"/>
        <source>Positions</source>
        <translation>位置编码</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="64"/>
        <source>Context (tokens)</source>
        <translation>上下文（token 数）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="66"/>
        <source>k of pass@k</source>
        <translation>pass@k 中的 k</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="67"/>
        <source>Max new tokens</source>
        <translation>最大新 token 数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="67"/>
        <source>0 = up to the model context</source>
        <translation>0 = 直到模型上下文上限</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="68"/>
        <location filename="../app/gui/config_hints.cpp" line="130"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="68"/>
        <location filename="../app/gui/config_hints.cpp" line="130"/>
        <source>0 = no top-k filter</source>
        <translation>0 = 不做 top-k 过滤</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="70"/>
        <source>Training-set probe</source>
        <translation>训练集探测</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="71"/>
        <source>Also evaluate greedily on this many training problems (0 = off): the gap to the test set shows memorisation</source>
        <translation>另外在这么多道训练题上做贪心评估（0 = 关闭）：与测试集的差距反映记忆程度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="74"/>
        <source>M (samples per problem)</source>
        <translation>M（每题采样数）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="75"/>
        <source>Max negatives per problem</source>
        <translation>每题最多负样本数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="76"/>
        <source>Max positives per problem</source>
        <translation>每题最多正样本数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="79"/>
        <source>Start from</source>
        <translation>起始模型</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="79"/>
        <source>sft: continue from π_sft; base: a fresh model</source>
        <translation>sft：从 π_sft 继续训练；base：全新模型</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="81"/>
        <source>K_est (rollouts per prefix)</source>
        <translation>K_est（每个前缀的 rollout 数）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="83"/>
        <source>K_bok (Best-of-K)</source>
        <translation>K_bok（Best-of-K）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="83"/>
        <source>&gt; 0: Q on the Best-of-K scale 1 − (1 − Q̂)^K; 0 = off</source>
        <translation>&gt; 0：Q 采用 Best-of-K 尺度 1 − (1 − Q̂)^K；0 = 关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="85"/>
        <source>Pit search</source>
        <translation>陷阱搜索</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="86"/>
        <source>linear: every prefix with early exit at the pit; binary: OmegaPRM-style bisection</source>
        <translation>linear：逐个前缀检查，遇到陷阱即提前结束；binary：OmegaPRM 式二分查找</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="88"/>
        <source>Estimate V(x)</source>
        <translation>估计 V(x)</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="88"/>
        <source>Rollouts from the bare problem</source>
        <translation>从题目本身开始的 rollout</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="89"/>
        <source>Last step can be the pit</source>
        <translation>最后一步可以是陷阱</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="91"/>
        <source>Analyse positives</source>
        <translation>分析正样本</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="91"/>
        <source>Also roll out correct samples to flag spurious steps</source>
        <translation>也对正确样本做 rollout，以标记虚假步骤</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="92"/>
        <source>Rollouts stored per prefix</source>
        <translation>每个前缀保存的 rollout 数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="92"/>
        <source>0 = none</source>
        <translation>0 = 不保存</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="93"/>
        <source>Max steps explored</source>
        <translation>最多探索步数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="96"/>
        <source>Chosen solution</source>
        <translation>选中的解答</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="96"/>
        <source>self: a distinct correct self-sample (teacher if none)</source>
        <translation>self：另一个不同的正确自采样（若没有则用教师解答）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="98"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="98"/>
        <source>DPO temperature of the implicit reward</source>
        <translation>隐式奖励的 DPO 温度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="100"/>
        <source>Max epochs over the pairs</source>
        <translation>偏好对上的最大轮数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="101"/>
        <source>Stops DPO early when the pairs are few: at most this many passes over them (0 = always run all steps)</source>
        <translation>偏好对较少时提前停止 DPO：最多遍历它们这么多轮（0 = 始终运行全部步数）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="104"/>
        <source>Min steps</source>
        <translation>最少步数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="104"/>
        <source>Fewest operations in a chain</source>
        <translation>链中最少运算数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="105"/>
        <source>Max steps</source>
        <translation>最多步数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="105"/>
        <source>Most operations in a chain</source>
        <translation>链中最多运算数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="106"/>
        <source>Smallest operand</source>
        <translation>最小操作数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="107"/>
        <source>Largest operand</source>
        <translation>最大操作数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="108"/>
        <source>Operators</source>
        <translation>运算符</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="108"/>
        <source>Characters from + - * (e.g. &quot;+-*&quot;)</source>
        <translation>取自 + - * 的字符（例如 &quot;+-*&quot;）</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="109"/>
        <source>Training file</source>
        <translation>训练文件</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="110"/>
        <source>Test file</source>
        <translation>测试文件</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="111"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="112"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="112"/>
        <source>Must divide d_model</source>
        <translation>必须整除 d_model</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="113"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="117"/>
        <source>Optimizer steps</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="118"/>
        <location filename="../app/gui/config_hints.cpp" line="128"/>
        <location filename="../app/gui/config_hints.cpp" line="131"/>
        <location filename="../app/gui/config_hints.cpp" line="134"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="119"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="119"/>
        <source>Peak learning rate after warmup</source>
        <translation>预热后的峰值学习率</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="120"/>
        <source>Final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="120"/>
        <source>The cosine decays to this</source>
        <translation>余弦衰减至此值</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="121"/>
        <source>Warmup steps</source>
        <translation>预热步数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="122"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="122"/>
        <source>AdamW decoupled weight decay</source>
        <translation>AdamW 解耦权重衰减</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="123"/>
        <source>Gradient clipping</source>
        <translation>梯度裁剪</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="123"/>
        <source>Global L2 norm; 0 = off</source>
        <translation>全局 L2 范数；0 = 关闭</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="125"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="125"/>
        <source>Steps between evaluations and checkpoints; 0 = at the end</source>
        <translation>两次评估及检查点之间的步数；0 = 仅在结束时</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="127"/>
        <location filename="../app/gui/config_hints.cpp" line="129"/>
        <location filename="../app/gui/config_hints.cpp" line="132"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="127"/>
        <source>Sampling temperature for pass@k</source>
        <translation>pass@k 的采样温度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="128"/>
        <location filename="../app/gui/config_hints.cpp" line="131"/>
        <source>Problems per sampling batch</source>
        <translation>每个采样批次的题目数</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="132"/>
        <source>Sampling temperature of the rollouts</source>
        <translation>rollout 的采样温度</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="134"/>
        <source>Prefixes per rollout batch, each expanded K_est times</source>
        <translation>每个 rollout 批次的前缀数，每个扩展 K_est 次</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="136"/>
        <source>|D_syn| sizes</source>
        <translation>|D_syn| 规模</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="136"/>
        <source>Comma-separated; empty = task.train_size</source>
        <translation>逗号分隔；留空 = task.train_size</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="137"/>
        <source>Seeds</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="137"/>
        <source>Comma-separated; one cell per seed</source>
        <translation>逗号分隔；每个种子一个单元</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="138"/>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="35"/>
        <source>(the problem: V(x))</source>
        <translation>（题目本身：V(x)）</translation>
    </message>
</context>
<context>
    <name>ef::gui::InspectorPage</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="63"/>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="68"/>
        <source>problem # or text</source>
        <translation>题号或文本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="71"/>
        <source>any pit</source>
        <translation>有无陷阱均可</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="72"/>
        <source>with a pit</source>
        <translation>有陷阱</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="74"/>
        <source>without a pit</source>
        <translation>无陷阱</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="77"/>
        <source>pit at step</source>
        <translation>陷阱所在步</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="79"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="81"/>
        <source>negatives and positives</source>
        <translation>负样本和正样本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="83"/>
        <source>negatives</source>
        <translation>负样本</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="85"/>
        <source>positives (spurious steps)</source>
        <translation>正样本（虚假步骤）</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="89"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="90"/>
        <source>The solution view as a PDF (vector) or PNG figure</source>
        <translation>将解答视图导出为 PDF（矢量）或 PNG 图</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="106"/>
        <source>Sorted by the most negative advantage first; click a header to re-sort</source>
        <translation>按最负的优势优先排序；点击表头可重新排序</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="156"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="213"/>
        <source>No analysed solutions: select a sweep (or a run) whose per-step advantages were computed.</source>
        <translation>没有已分析的解答：请选择一个已计算逐步优势的扫描（或运行）。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="216"/>
        <source>%1 negatives, %2 with a first pit; %3 positives analysed with %4 spurious steps (A ≤ 0).</source>
        <translation>%1 个负样本，其中 %2 个有首个陷阱；已分析 %3 个正样本，含 %4 个虚假步骤（A ≤ 0）。</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="280"/>
        <location filename="../app/gui/inspector_page.cpp" line="297"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="306"/>
        <location filename="../app/gui/inspector_page.cpp" line="311"/>
        <source>Export inspector view</source>
        <translation>导出检查器视图</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="307"/>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png)</source>
        <translation>PDF (*.pdf);;PNG 图像，300 dpi (*.png)</translation>
    </message>
</context>
<context>
    <name>ef::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="40"/>
        <source>Eightfold</source>
        <translation>Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="46"/>
        <source>Setup</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="47"/>
        <source>Training curves</source>
        <translation>训练曲线</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="48"/>
        <source>Data scaling</source>
        <translation>数据规模扩展</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="49"/>
        <source>Advantage inspector</source>
        <translation>优势检查器</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="55"/>
        <source>Resume all</source>
        <translation>全部继续</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="56"/>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="87"/>
        <source>Devices: %1 (LibTorch %2)</source>
        <translation>设备：%1（LibTorch %2）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="90"/>
        <source>%1 started as #%2</source>
        <translation>%1 已作为 #%2 启动</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="99"/>
        <source>#%1 %2 failed: %3</source>
        <translation>#%1 %2 失败：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="101"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2：%3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="133"/>
        <source>Runs and sweeps</source>
        <translation>运行与扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="154"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>&amp;Export figure…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="161"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="162"/>
        <source>Start &amp;run</source>
        <translation>开始运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="162"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="163"/>
        <source>Start &amp;sweep</source>
        <translation>开始扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="163"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="165"/>
        <source>&amp;Cancel selected</source>
        <translation>取消所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="165"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="167"/>
        <source>Re&amp;sume selected</source>
        <translation>继续所选(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="173"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="174"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="177"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>&amp;About Eightfold</source>
        <translation>关于 Eightfold(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="180"/>
        <source>About Eightfold</source>
        <translation>关于 Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;An experiment workbench for Setlur et al. 2024, &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt;: SFT, RFT, Monte-Carlo per-step credit and per-step DPO on synthetic tasks, with the data-scaling plot.</source>
        <translation>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;Setlur 等人 2024 年论文 &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt; 的实验工作台：在合成任务上进行 SFT、RFT、蒙特卡洛逐步信用分配和逐步 DPO，并绘制数据规模扩展图。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="198"/>
        <source>Workspace busy</source>
        <translation>工作区繁忙</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>Runs are active or queued in the current workspace; cancel them before switching.</source>
        <translation>当前工作区中有正在进行或排队中的运行；请先取消它们再切换。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="206"/>
        <source>Cannot open workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="207"/>
        <source>Cannot open workspace: %1</source>
        <translation>无法打开工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="215"/>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="216"/>
        <source>Eightfold workspace (*.sqlite)</source>
        <translation>Eightfold 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="224"/>
        <source>Eightfold workspace (*.sqlite);;All files (*)</source>
        <translation>Eightfold 工作区 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="240"/>
        <source>Nothing to export yet: show the training curves of a run or the data-scaling plot of a sweep first.</source>
        <translation>暂无可导出的内容：请先显示某个运行的训练曲线或某个扫描的数据规模扩展图。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="245"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="261"/>
        <source>resume #%1 %2</source>
        <translation>继续 #%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="287"/>
        <source>%n run(s) of this workspace stopped without finishing (%1). Resume them from their last checkpoint?</source>
        <translation>
            <numerusform>本工作区有 %n 个运行未完成即已停止（%1）。是否从其最后一个检查点继续？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="315"/>
        <source>Runs are active</source>
        <translation>有运行正在进行</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="316"/>
        <source>Quit and cancel the active runs? They can be resumed from their last checkpoint.</source>
        <translation>退出并取消正在进行的运行？之后可以从其最后一个检查点继续。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="113"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="126"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>ef::gui::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferences.cpp" line="55"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="57"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="62"/>
        <source>auto (CUDA when available)</source>
        <translation>auto（可用时使用 CUDA）</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="67"/>
        <source>all logical CPUs (%1)</source>
        <translation>全部逻辑 CPU（%1）</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="72"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="73"/>
        <source>A new language applies when Eightfold starts next.</source>
        <translation>新语言将在下次启动 Eightfold 时生效。</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="76"/>
        <source>Default device:</source>
        <translation>默认设备：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="77"/>
        <source>Threads:</source>
        <translation>线程数：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="80"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="82"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="88"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
</context>
<context>
    <name>ef::gui::RunsModel</name>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="129"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="131"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="133"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="135"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="137"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="139"/>
        <source>ETA</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="141"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="143"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="145"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="147"/>
        <source>Test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="187"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="196"/>
        <source>cells %1/%2</source>
        <translation>单元 %1/%2</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="199"/>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
</context>
<context>
    <name>ef::gui::RunsPanel</name>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="29"/>
        <source>Filter by name, kind or status…</source>
        <translation>按名称、类型或状态筛选…</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="56"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="57"/>
        <source>Remove from queue</source>
        <translation>从队列中移除</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="58"/>
        <source>Duplicate config</source>
        <translation>复制配置</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="59"/>
        <source>Stop the selected running job (within a second)</source>
        <translation>停止所选的正在运行的任务（一秒内生效）</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="60"/>
        <source>Continue an interrupted, cancelled or failed run from its checkpoint</source>
        <translation>从检查点继续一个被中断、已取消或失败的运行</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="61"/>
        <source>Load the selected run&apos;s configuration into the setup form</source>
        <translation>将所选运行的配置载入配置表单</translation>
    </message>
</context>
<context>
    <name>ef::gui::ScalingPage</name>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="78"/>
        <source>log y</source>
        <translation>y 轴取对数</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="83"/>
        <source>Sweep:</source>
        <translation>扫描：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="86"/>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="87"/>
        <source>test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="88"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="89"/>
        <source>first-step accuracy</source>
        <translation>首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="90"/>
        <source>error on training problems</source>
        <translation>训练题上的错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="91"/>
        <source>first-step accuracy on training problems</source>
        <translation>训练题上的首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="93"/>
        <source>The training-problem values come from the greedy probe on the first eval.train_problems training problems; their gap to the test values is memorisation</source>
        <translation>训练题上的数值来自对前 eval.train_problems 道训练题的贪心探测；它们与测试值的差距即为记忆</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="97"/>
        <source>Band:</source>
        <translation>误差带：</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="98"/>
        <source>± 1 std</source>
        <translation>± 1 标准差</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="99"/>
        <source>± 1 standard error</source>
        <translation>± 1 标准误</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="100"/>
        <source>95% bootstrap CI</source>
        <translation>95% bootstrap 置信区间</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="103"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="105"/>
        <source>PDF, SVG or PNG for a paper, with the plotted data as CSV and a pgfplots snippet</source>
        <translation>用于论文的 PDF、SVG 或 PNG，并附带绘图数据的 CSV 和 pgfplots 片段</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="148"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="164"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="165"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="166"/>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="167"/>
        <source>edit-distance DPO</source>
        <translation>编辑距离 DPO</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="168"/>
        <source>per-step DPO (full)</source>
        <translation>逐步 DPO（完整）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="169"/>
        <source>per-step DPO (shared prefix)</source>
        <translation>逐步 DPO（共享前缀）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="182"/>
        <source>|D_syn| (synthetic training problems)</source>
        <translation>|D_syn|（合成训练题目数）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="189"/>
        <source>No sweep selected: start one from the setup page or pick one above.</source>
        <translation>未选择扫描：请在配置页启动一个，或在上方选择一个。</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="231"/>
        <source>mean over %1 seeds; band = %2</source>
        <translation>%1 个种子的均值；误差带 = %2</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="232"/>
        <source>one seed per cell (no band)</source>
        <translation>每个单元一个种子（无误差带）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="236"/>
        <source>SFT fit: log err = %1 − %2 · log D  (R² = %3, %4 sizes %5–%6)</source>
        <translation>SFT 拟合：log err = %1 − %2 · log D  （R² = %3，%4 个规模 %5–%6）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="245"/>
        <source>SFT power law (α = %1)</source>
        <translation>SFT 幂律（α = %1）</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="257"/>
        <source>No SFT power law yet: %1</source>
        <translation>尚无 SFT 幂律：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="284"/>
        <source>#%1 %2: %3 of %4 cells finished</source>
        <translation>#%1 %2：%4 个单元中已完成 %3 个</translation>
    </message>
</context>
<context>
    <name>ef::gui::SetupPage</name>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="57"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="60"/>
        <source>Open config…</source>
        <translation>打开配置…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="61"/>
        <source>Save as preset…</source>
        <translation>另存为预设…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="62"/>
        <source>Compare…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="63"/>
        <source>Load a run config JSON file</source>
        <translation>加载运行配置 JSON 文件</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="64"/>
        <source>Show the differences to a preset or a past run</source>
        <translation>显示与某个预设或以往运行的差异</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="82"/>
        <source>Start run</source>
        <translation>开始运行</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="83"/>
        <source>Start sweep</source>
        <translation>开始扫描</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="84"/>
        <source>SFT with evaluations on task.train_size problems</source>
        <translation>在 task.train_size 个题目上进行 SFT 并评估</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="85"/>
        <source>Every size × method × seed of the sweep section, as cells</source>
        <translation>扫描部分中每个 规模 × 方法 × 种子 组合，各作为一个单元</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="100"/>
        <location filename="../app/gui/setup_page.cpp" line="140"/>
        <location filename="../app/gui/setup_page.cpp" line="321"/>
        <source>Preset %1</source>
        <translation>预设 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="127"/>
        <source>%1 (mine)</source>
        <translation>%1（我的）</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="150"/>
        <source>Cannot load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="163"/>
        <source>Loaded from: %1</source>
        <translation>加载自：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="173"/>
        <source>run #%1 (%2)</source>
        <translation>运行 #%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="178"/>
        <source>Devices here: %1</source>
        <translation>本机设备：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="206"/>
        <source>Fix the marked fields.</source>
        <translation>请修正标记的字段。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="220"/>
        <source>Configuration is valid.</source>
        <translation>配置有效。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="233"/>
        <source>Run: %1 training problems, %2 optimizer steps, %3 evaluations of %4 test problems.
Sweep: %5 cells (%6 SFT models), %7 training problems, %8 optimizer steps, %9 self-samples, at most %10 negatives and %11 rollouts.</source>
        <translation>运行：%1 个训练题目，%2 个优化步，%3 次评估（每次 %4 个测试题目）。
扫描：%5 个单元（%6 个 SFT 模型），%7 个训练题目，%8 个优化步，%9 个自采样，最多 %10 个负样本和 %11 个 rollout。</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="280"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="294"/>
        <location filename="../app/gui/setup_page.cpp" line="298"/>
        <source>Save as preset</source>
        <translation>另存为预设</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="295"/>
        <source>Run config (*.json)</source>
        <translation>运行配置 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="302"/>
        <location filename="../app/gui/setup_page.cpp" line="307"/>
        <source>Open run config</source>
        <translation>打开运行配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="303"/>
        <source>Run config (*.json);;All files (*)</source>
        <translation>运行配置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="308"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="316"/>
        <source>Compare configurations</source>
        <translation>比较配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="319"/>
        <source>The config as loaded</source>
        <translation>加载时的配置</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="324"/>
        <source>Run #%1 %2</source>
        <translation>运行 #%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="337"/>
        <source>This form</source>
        <translation>当前表单</translation>
    </message>
</context>
<context>
    <name>ef::gui::TrainingPage</name>
    <message>
        <location filename="../app/gui/training_page.cpp" line="29"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="30"/>
        <source>test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="31"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="32"/>
        <source>DPO reward margin</source>
        <translation>DPO 奖励间隔</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="33"/>
        <source>DPO pair accuracy</source>
        <translation>DPO 样本对准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="35"/>
        <source>first-step accuracy</source>
        <translation>首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="37"/>
        <source>error on training problems</source>
        <translation>训练题上的错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="39"/>
        <source>first-step accuracy on training problems</source>
        <translation>训练题上的首步准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="67"/>
        <source>log loss axis</source>
        <translation>损失轴取对数</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="71"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="72"/>
        <source>Follow the data again after zooming or panning (or double-click)</source>
        <translation>缩放或平移后重新跟随数据（也可双击）</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="76"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="79"/>
        <source>Error and accuracy curves (right axis)…</source>
        <translation>错误率与准确率曲线（右轴）…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="81"/>
        <source>Loss and margin curves (left axis)…</source>
        <translation>损失与间隔曲线（左轴）…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="86"/>
        <source>Select runs in the run list to see their curves; several runs overlay.</source>
        <translation>在运行列表中选择运行以查看其曲线；多个运行会叠加显示。</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="89"/>
        <source>optimizer step</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="89"/>
        <location filename="../app/gui/training_page.cpp" line="206"/>
        <source>loss / margin</source>
        <translation>损失 / 间隔</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="90"/>
        <location filename="../app/gui/training_page.cpp" line="206"/>
        <source>test error / pass@k / accuracy</source>
        <translation>测试错误率 / pass@k / 准确率</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="185"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="186"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="207"/>
        <source>raw values per evaluation or optimizer step</source>
        <translation>每次评估或每个优化步的原始值</translation>
    </message>
</context>
<context>
    <name>ef::widgets::DivergingLegend</name>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="36"/>
        <source>Cell colour = advantage A of the step: orange when the step lowered the chance of reaching a correct answer (A &lt; 0), white when it changed nothing (A = 0), blue when it raised it (A &gt; 0); grey = not estimated.</source>
        <translation>单元格颜色 = 该步骤的优势 A：橙色表示该步骤降低了得到正确答案的概率（A &lt; 0），白色表示没有改变（A = 0），蓝色表示提高了该概率（A &gt; 0）；灰色 = 未估计。</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="71"/>
        <source>A &lt; 0</source>
        <translation>A &lt; 0</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="72"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="73"/>
        <source>A &gt; 0</source>
        <translation>A &gt; 0</translation>
    </message>
</context>
<context>
    <name>ef::widgets::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="57"/>
        <location filename="../widgets/export_dialog.cpp" line="313"/>
        <source>Export figure</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="67"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="76"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="88"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="91"/>
        <source>PDF (vector)</source>
        <translation>PDF（矢量）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="92"/>
        <source>SVG (vector)</source>
        <translation>SVG（矢量）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="93"/>
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
        <location filename="../widgets/export_dialog.cpp" line="312"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
</context>
<context>
    <name>ef::widgets::Figure</name>
    <message>
        <location filename="../widgets/figure_renderer.cpp" line="304"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonDiffView</name>
    <message>
        <location filename="../widgets/json_diff.cpp" line="77"/>
        <source>Left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="77"/>
        <source>Right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="83"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="93"/>
        <source>(absent)</source>
        <translation>（不存在）</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="105"/>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/json_diff.cpp" line="106"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处差异</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonForm</name>
    <message>
        <location filename="../widgets/json_form.cpp" line="131"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>ef::widgets::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="18"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="19"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="20"/>
        <source>Information and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="21"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="22"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="26"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>ef::widgets::PitHistogram</name>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="21"/>
        <source>first pit (step)</source>
        <translation>首个陷阱所在步</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="22"/>
        <source>solutions</source>
        <translation>解答数</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="31"/>
        <source>first pit</source>
        <translation>首个陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="35"/>
        <source>no pit</source>
        <translation>无陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="68"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="78"/>
        <source>no solutions</source>
        <translation>无解答</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="79"/>
        <source>first pit in %1 of %2 solutions (%3%)</source>
        <translation>%2 个解答中有 %1 个存在首个陷阱（%3%）</translation>
    </message>
</context>
<context>
    <name>ef::widgets::ScalingView</name>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="37"/>
        <source>Efficiency multiplier D_eff / D: how much more SFT data would reach the method&apos;s error at this size, read off the fitted SFT power law</source>
        <translation>效率倍数 D_eff / D：在该规模下需要多少倍的 SFT 数据才能达到该方法的错误率，由拟合的 SFT 幂律读出</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="72"/>
        <source> (extrap.)</source>
        <translation>（外推）</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="84"/>
        <source>|D| = %1</source>
        <translation>|D| = %1</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="97"/>
        <source>D_eff lies outside the measured SFT sizes: extrapolated</source>
        <translation>D_eff 超出已测量的 SFT 规模范围：为外推值</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionListModel</name>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="93"/>
        <source>Lowest advantage A over the steps of this solution.</source>
        <translation>该解答各步骤中的最小优势 A。</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="118"/>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="120"/>
        <source>Problem</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="122"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="124"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="126"/>
        <source>Pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="128"/>
        <source>Min A</source>
        <translation>最小 A</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="130"/>
        <source>Spurious</source>
        <translation>虚假步骤数</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionView</name>
    <message>
        <location filename="../widgets/solution_view.cpp" line="95"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="95"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="95"/>
        <source>Completion</source>
        <translation>续写</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="96"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="96"/>
        <source>Pit</source>
        <translation>陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="96"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="96"/>
        <source>Chosen</source>
        <translation>选中</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="96"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="100"/>
        <source>No solution selected</source>
        <translation>未选择解答</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="215"/>
        <source>Rollouts (select a step)</source>
        <translation>Rollout（请选择一个步骤）</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="216"/>
        <source>Rollouts after step %1 (%2/%3 correct)</source>
        <translation>第 %1 步之后的 rollout（%2/%3 正确）</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="217"/>
        <source>Pairs (%1)</source>
        <translation>样本对（%1）</translation>
    </message>
</context>
<context>
    <name>ef::widgets::StepTableModel</name>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="45"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="47"/>
        <source>(problem: V(x))</source>
        <translation>（题目：V(x)）</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="57"/>
        <source>first pit</source>
        <translation>首个陷阱</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="58"/>
        <source>spurious</source>
        <translation>虚假</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="68"/>
        <source>V(x) = %1: share of rollouts from the bare problem that reach a correct answer (%2).</source>
        <translation>V(x) = %1：从题目本身开始、得到正确答案的 rollout 所占比例（%2）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="71"/>
        <source>Q̂ = %1: share of rollouts started after step %2 that reach a correct answer (%3).</source>
        <translation>Q̂ = %1：在第 %2 步之后开始、得到正确答案的 rollout 所占比例（%3）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="76"/>
        <source>A = Q̂(step %1) − Q̂(step %2) = %3: how much this step changed the chance of success.</source>
        <translation>A = Q̂(第 %1 步) − Q̂(第 %2 步) = %3：该步骤使成功概率改变了多少。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="82"/>
        <source>First pit: the first step from which no rollout succeeds.</source>
        <translation>首个陷阱：从该步起没有任何 rollout 成功的第一个步骤。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="85"/>
        <source>Spurious: a step of a correct solution that did not raise the chance of success (A ≤ 0).</source>
        <translation>虚假步骤：正确解答中未提高成功概率的步骤（A ≤ 0）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="154"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="156"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="158"/>
        <source>Q̂</source>
        <translation>Q̂</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="160"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="162"/>
        <source>Rollouts</source>
        <translation>Rollout</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="164"/>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="169"/>
        <source>Q̂: Monte-Carlo estimate of the chance that the policy reaches a correct answer when it continues after this step.</source>
        <translation>Q̂：策略在该步骤之后继续生成时得到正确答案的概率的蒙特卡洛估计。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="173"/>
        <source>A = Q̂ of this step minus Q̂ of the previous one (V(x) for step 1).</source>
        <translation>A = 本步骤的 Q̂ 减去上一步骤的 Q̂（第 1 步减去 V(x)）。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="175"/>
        <source>Successful rollouts / rollouts sampled from this prefix.</source>
        <translation>成功的 rollout 数 / 从该前缀采样的 rollout 数。</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="177"/>
        <source>First pit: first step from which no rollout succeeds. Spurious: step of a correct solution with A ≤ 0.</source>
        <translation>首个陷阱：从该步起没有任何 rollout 成功的第一个步骤。虚假步骤：正确解答中 A ≤ 0 的步骤。</translation>
    </message>
</context>
<context>
    <name>ef::widgets::detail</name>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="85"/>
        <source>%1: not an integer</source>
        <translation>%1：不是整数</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="87"/>
        <source>%1: must be &gt;= %2</source>
        <translation>%1：必须 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="88"/>
        <source>%1: must be &lt;= %2</source>
        <translation>%1：必须 &lt;= %2</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="196"/>
        <source>comma-separated values</source>
        <translation>逗号分隔的值</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="295"/>
        <location filename="../widgets/json_form_editors.cpp" line="326"/>
        <source>%1: not a number</source>
        <translation>%1：不是数字</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="308"/>
        <source>%1: not a JSON array</source>
        <translation>%1：不是 JSON 数组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>Experiment workbench: RL on incorrect synthetic data</source>
        <translation>实验工作台：基于错误合成数据的强化学习</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Run preset selected at start.</source>
        <translation>启动时选中的运行预设。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Workspace database.</source>
        <translation>工作区数据库。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="48"/>
        <source>Start the selected preset at once (a sweep when it defines sizes).</source>
        <translation>立即启动所选预设（若其定义了规模，则作为扫描启动）。</translation>
    </message>
</context>
</TS>
