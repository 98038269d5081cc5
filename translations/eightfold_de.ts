<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="46"/>
        <source>(the problem: V(x))</source>
        <translation>(die Aufgabe: V(x))</translation>
    </message>
</context>
<context>
    <name>ef::Fields</name>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="13"/>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="14"/>
        <source>sft: continue from π_sft; base: a fresh model</source>
        <translation>sft: von π_sft aus weitertrainieren; base: ein neues Modell</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="19"/>
        <source>|D_syn| sizes</source>
        <translation>|D_syn|-Größen</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="20"/>
        <source>Training-set sizes of the sweep, one column each</source>
        <translation>Größen der Trainingsmenge im Sweep, je eine Spalte</translation>
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
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="22"/>
        <source>task.train_size only</source>
        <translation>nur task.train_size</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="24"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="25"/>
        <source>Methods trained at every size and seed; SFT always runs, since every other method starts from it</source>
        <translation>Methoden, die bei jeder Größe und jedem Seed trainiert werden; SFT läuft immer, da jede andere Methode davon ausgeht</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="29"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="30"/>
        <source>One cell per seed at every size and method</source>
        <translation>Eine Zelle pro Seed bei jeder Größe und Methode</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="54"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="55"/>
        <source>Shown in the run list and in the cells&apos; names</source>
        <translation>Wird in der Laufliste und in den Namen der Zellen angezeigt</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="57"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="58"/>
        <source>Free text kept with the run</source>
        <translation>Freitext, der mit dem Lauf gespeichert wird</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="60"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="61"/>
        <source>Same seed, same device: the same numbers</source>
        <translation>Gleicher Seed, gleiches Gerät: gleiche Zahlen</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="63"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="64"/>
        <source>auto, cpu, cuda or cuda:N; auto picks CUDA when LibTorch has it</source>
        <translation>auto, cpu, cuda oder cuda:N; auto wählt CUDA, wenn LibTorch es hat</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="68"/>
        <source>Precision</source>
        <translation>Rechengenauigkeit</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="69"/>
        <source>auto: bf16 on CUDA, fp32 on CPUs; bf16 = matmuls in bf16, losses and optimizer state in fp32</source>
        <translation>auto: bf16 auf CUDA, fp32 auf CPUs; bf16 = Matrixmultiplikationen in bf16, Verluste und Optimiererzustand in fp32</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="73"/>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="74"/>
        <source>LibTorch intra-op threads</source>
        <translation>LibTorch-Threads innerhalb einer Operation</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="75"/>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="77"/>
        <source>Adapt threads to the load</source>
        <translation>Threads an die Last anpassen</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="78"/>
        <source>Training measures its steps and runs with half the threads while that is faster (a busy machine). Only where the model trains on the CPU fast path, whose numbers do not depend on the thread count</source>
        <translation>Das Training misst seine Schritte und läuft mit halb so vielen Threads, solange das schneller ist (ein ausgelasteter Rechner). Nur wenn das Modell auf dem schnellen CPU-Pfad trainiert, dessen Zahlen nicht von der Anzahl der Threads abhängen</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="83"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="84"/>
        <source>The synthetic problems and their teacher solutions</source>
        <translation>Die synthetischen Aufgaben und ihre Lehrerlösungen</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="87"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="88"/>
        <source>The decoder-only transformer trained from scratch</source>
        <translation>Der von Grund auf trainierte Decoder-only-Transformer</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="91"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="92"/>
        <source>Supervised fine-tuning on D_syn: π_sft</source>
        <translation>Überwachtes Feintuning auf D_syn: π_sft</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="95"/>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="96"/>
        <source>Greedy test error, pass@k and the training-set probe</source>
        <translation>Greedy-Testfehler, pass@k und die Trainingsmengen-Probe</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="99"/>
        <source>Self-sampling</source>
        <translation>Selbst-Sampling</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="100"/>
        <source>Solutions of π_sft, split by the verifier</source>
        <translation>Lösungen von π_sft, vom Prüfer aufgeteilt</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="21"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="22"/>
        <source>Fine-tuning on D_syn and the correct self-samples</source>
        <translation>Feintuning auf D_syn und den korrekten eigenen Samples</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="103"/>
        <source>Per-step advantages</source>
        <translation>Schrittweise Vorteile</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="104"/>
        <source>Monte-Carlo Q and advantages of every step of the negatives</source>
        <translation>Monte-Carlo-Q und Vorteile jedes Schritts der Negativen</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="20"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="21"/>
        <source>Rounds of sampling, credit and DPO</source>
        <translation>Runden aus Sampling, Credit und DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="22"/>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="24"/>
        <source>Reference model</source>
        <translation>Referenzmodell</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="25"/>
        <source>sft: π_sft in every round; previous: the policy of the round before</source>
        <translation>sft: π_sft in jeder Runde; previous: die Policy der vorigen Runde</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="17"/>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="28"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="29"/>
        <source>step_full: correct solution against the negative cut after its pit; step_prefix: the shared prefix&apos;s successful rollout against the pit</source>
        <translation>step_full: richtige Lösung gegen die nach ihrer Falle abgeschnittene Negative; step_prefix: erfolgreicher Rollout des gemeinsamen Präfixes gegen den Fallenschritt</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="33"/>
        <source>NLL weight α</source>
        <translation>NLL-Gewicht α</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="34"/>
        <source>RPO&apos;s NLL term in every round (0 = DPO)</source>
        <translation>NLL-Term von RPO in jeder Runde (0 = DPO)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="18"/>
        <source>Preference pairs for DPO and per-step DPO</source>
        <translation>Präferenzpaare für DPO und schrittweises DPO</translation>
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
        <translation>DPO und schrittweises DPO ab π_sft, mit π_sft als Referenz</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="35"/>
        <source>Advantage-weighted RL</source>
        <translation>Vorteilsgewichtetes RL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="36"/>
        <source>Per-step log-likelihood of the analysed self-samples weighted by exp(A/β), from π_sft</source>
        <translation>Schrittweise Log-Likelihood der analysierten eigenen Stichproben, gewichtet mit exp(A/β), ausgehend von π_sft</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="21"/>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="22"/>
        <source>More SFT and Reweighted SFT: π_sft trained on D_syn for as many steps as the matched preference method</source>
        <translation>Mehr SFT und umgewichtetes SFT: π_sft so viele Schritte auf D_syn trainiert wie die zugeordnete Präferenzmethode</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="41"/>
        <source>Iterated per-step DPO</source>
        <translation>Iteriertes schrittweises DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="42"/>
        <source>Rounds of sampling, per-step credit and DPO from the current policy</source>
        <translation>Runden aus Sampling, schrittweisem Credit und DPO von der aktuellen Policy aus</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="109"/>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/run_config.cpp" line="110"/>
        <source>Data-scaling sweep: sizes × methods × seeds</source>
        <translation>Datenskalierungs-Sweep: Größen × Methoden × Seeds</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="15"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="16"/>
        <source>Transformer blocks</source>
        <translation>Transformer-Blöcke</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="18"/>
        <source>d_model</source>
        <translation>d_model</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="19"/>
        <source>Width of the residual stream</source>
        <translation>Breite des Residualstroms</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="21"/>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="22"/>
        <source>Must divide d_model</source>
        <translation>Muss d_model teilen</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="24"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="25"/>
        <source>Longest sequence: prompt, solution and the begin/end tokens</source>
        <translation>Längste Sequenz: Prompt, Lösung und die Anfangs-/End-Tokens</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="27"/>
        <location filename="../core/train/eval_config.cpp" line="22"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="29"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="30"/>
        <source>Dropout probability during training</source>
        <translation>Dropout-Wahrscheinlichkeit beim Training</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="32"/>
        <source>Positions</source>
        <translation>Positionskodierung</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="33"/>
        <source>learned: absolute position embeddings; rotary: RoPE in attention</source>
        <translation>learned: absolute Positions-Embeddings; rotary: RoPE in der Attention</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="36"/>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="37"/>
        <source>gelu: exact (erf) GELU; gelu_tanh: its tanh approximation (GPT-2)</source>
        <translation>gelu: exakte (erf-)GELU; gelu_tanh: ihre tanh-Näherung (GPT-2)</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="40"/>
        <source>LayerNorm epsilon</source>
        <translation>LayerNorm-Epsilon</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="41"/>
        <source>Added to the variance in every LayerNorm</source>
        <translation>Wird in jeder LayerNorm zur Varianz addiert</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="43"/>
        <source>Biases</source>
        <translation>Bias-Terme</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="44"/>
        <source>Biases in the attention and MLP projections</source>
        <translation>Bias-Terme in den Attention- und MLP-Projektionen</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="46"/>
        <source>Tied output head</source>
        <translation>Gekoppelte Ausgabeschicht</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="47"/>
        <source>The output matrix is the token embedding (else a matrix of its own)</source>
        <translation>Die Ausgabematrix ist das Token-Embedding (sonst eine eigene Matrix)</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="50"/>
        <source>Initial weights</source>
        <translation>Anfangsgewichte</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="52"/>
        <source>scratch, or a model folder (Hugging Face GPT-2 layout, or one that export model wrote): architecture, weights and tokenizer come from it</source>
        <translation>scratch oder ein Modellordner (Hugging-Face-GPT-2-Layout oder von export model geschrieben): Architektur, Gewichte und Tokenizer stammen daraus</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="57"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="58"/>
        <source>A folder with GPT-2 BPE files (vocab.json + merges.txt or encoder.json + vocab.bpe) for a scratch model</source>
        <translation>Ein Ordner mit GPT-2-BPE-Dateien (vocab.json + merges.txt oder encoder.json + vocab.bpe) für ein neu trainiertes Modell</translation>
    </message>
    <message>
        <location filename="../core/model/model_config.cpp" line="61"/>
        <source>the task&apos;s characters (or model.init&apos;s)</source>
        <translation>die Zeichen der Aufgabe (oder der von model.init)</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="9"/>
        <source>K_est (rollouts per prefix)</source>
        <translation>K_est (Rollouts pro Präfix)</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="10"/>
        <source>Completions sampled from each prefix to estimate Q</source>
        <translation>Vervollständigungen, die von jedem Präfix gesampelt werden, um Q zu schätzen</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="11"/>
        <location filename="../core/rollout/credit_config.cpp" line="43"/>
        <source>rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="13"/>
        <source>K_bok (Best-of-K)</source>
        <translation>K_bok (Best-of-K)</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="14"/>
        <source>Q on the Best-of-K scale 1 − (1 − Q̂)^K</source>
        <translation>Q auf der Best-of-K-Skala 1 − (1 − Q̂)^K</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="15"/>
        <location filename="../core/train/eval_config.cpp" line="34"/>
        <location filename="../core/train/training_config.cpp" line="51"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="17"/>
        <source>Pit search</source>
        <translation>Fehlschritt-Suche</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="18"/>
        <source>linear: every prefix with early exit at the pit; binary: OmegaPRM-style bisection</source>
        <translation>linear: jedes Präfix, mit frühem Abbruch am Fehlschritt; binary: Bisektion im Stil von OmegaPRM</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="22"/>
        <source>Estimate V(x)</source>
        <translation>V(x) schätzen</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="23"/>
        <source>Rollouts from the bare problem for Q_0</source>
        <translation>Rollouts von der bloßen Aufgabe aus für Q_0</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="25"/>
        <source>Last step can be the pit</source>
        <translation>Letzter Schritt kann der Fehlschritt sein</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="26"/>
        <source>A negative whose prefixes all keep a success gets its final answer step as the pit instead of being skipped</source>
        <translation>Ein Negativ, dessen Präfixe alle noch einen Erfolg haben, bekommt seinen Antwortschritt als Fehlschritt, statt übersprungen zu werden</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="30"/>
        <source>Analyse positives</source>
        <translation>Positive analysieren</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="31"/>
        <source>Also roll out correct samples to flag spurious steps</source>
        <translation>Auch für korrekte Samples Rollouts erzeugen, um nutzlose Schritte zu markieren</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="33"/>
        <location filename="../core/rollout/sample_config.cpp" line="13"/>
        <location filename="../core/train/eval_config.cpp" line="13"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="34"/>
        <source>Sampling temperature of the rollouts</source>
        <translation>Sampling-Temperatur der Rollouts</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="36"/>
        <source>Max steps explored</source>
        <translation>Max. untersuchte Schritte</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="37"/>
        <source>Longer solutions are explored over their first steps only</source>
        <translation>Längere Lösungen werden nur über ihre ersten Schritte untersucht</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="14"/>
        <source>Matched method</source>
        <translation>Zugeordnete Methode</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="15"/>
        <source>The preference method whose optimizer steps and tokens the controls spend on SFT</source>
        <translation>Die Präferenzmethode, deren Optimiererschritte und Tokens die Kontrollen für SFT aufwenden</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="20"/>
        <source>Peak learning rate of the controls&apos; SFT</source>
        <translation>Höchste Lernrate des SFT der Kontrollen</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="23"/>
        <source>The cosine schedule ends here</source>
        <translation>Hier endet der Kosinusverlauf</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="26"/>
        <source>Linear warmup before the cosine decay</source>
        <translation>Lineares Aufwärmen vor dem Kosinusabfall</translation>
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
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="29"/>
        <source>Upweight of failed problems</source>
        <translation>Höhergewichtung misslungener Aufgaben</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="30"/>
        <source>Reweighted SFT: a problem weighs 1 + upweight × the share of π_sft&apos;s samples on it that were wrong (then normalised to mean 1)</source>
        <translation>Umgewichtetes SFT: eine Aufgabe wiegt 1 + Höhergewichtung × Anteil der falschen Stichproben von π_sft zu ihr (danach auf Mittelwert 1 normiert)</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="41"/>
        <source>Rollouts stored per prefix</source>
        <translation>Gespeicherte Rollouts pro Präfix</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="42"/>
        <source>Rollout texts kept for the inspector</source>
        <translation>Für den Inspektor gespeicherte Rollout-Texte</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="44"/>
        <location filename="../core/tasks/arith_task.cpp" line="299"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="46"/>
        <location filename="../core/rollout/sample_config.cpp" line="29"/>
        <location filename="../core/train/eval_config.cpp" line="25"/>
        <location filename="../core/train/training_config.cpp" line="33"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="47"/>
        <source>Prefixes per rollout batch, each expanded K_est times</source>
        <translation>Präfixe pro Rollout-Batch, jedes K_est-mal erweitert</translation>
    </message>
    <message>
        <location filename="../core/rollout/credit_config.cpp" line="48"/>
        <source>prefixes</source>
        <translation>Präfixe</translation>
    </message>
    <message>
        <location filename="../core/rollout/pair_builder.cpp" line="233"/>
        <source>Chosen solution</source>
        <translation>Bevorzugte Lösung</translation>
    </message>
    <message>
        <location filename="../core/rollout/pair_builder.cpp" line="234"/>
        <source>self: a distinct correct self-sample (the teacher&apos;s if none); teacher: always the teacher&apos;s solution</source>
        <translation>self: ein eigenes korrektes Sample (sonst die Lehrerlösung); teacher: immer die Lehrerlösung</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="9"/>
        <source>M (samples per problem)</source>
        <translation>M (Samples pro Aufgabe)</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="10"/>
        <source>Solutions drawn from π_sft for each training problem</source>
        <translation>Lösungen, die für jede Trainingsaufgabe aus π_sft gezogen werden</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="11"/>
        <location filename="../core/rollout/sample_config.cpp" line="22"/>
        <location filename="../core/rollout/sample_config.cpp" line="27"/>
        <location filename="../core/train/eval_config.cpp" line="11"/>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="14"/>
        <source>Sampling temperature of the self-samples</source>
        <translation>Sampling-Temperatur der eigenen Samples</translation>
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
        <translation>Nur aus den k wahrscheinlichsten Tokens sampeln</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="18"/>
        <location filename="../core/train/eval_config.cpp" line="18"/>
        <source>no top-k filter</source>
        <translation>kein Top-k-Filter</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="20"/>
        <source>Max negatives per problem</source>
        <translation>Max. Negative pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="21"/>
        <source>Distinct incorrect samples kept per problem</source>
        <translation>Verschiedene falsche Samples, die pro Aufgabe behalten werden</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="24"/>
        <source>Max positives per problem</source>
        <translation>Max. Positive pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="25"/>
        <source>Distinct correct samples kept per problem (RFT data, DPO positives)</source>
        <translation>Verschiedene korrekte Samples, die pro Aufgabe behalten werden (RFT-Daten, DPO-Positive)</translation>
    </message>
    <message>
        <location filename="../core/rollout/sample_config.cpp" line="30"/>
        <location filename="../core/train/eval_config.cpp" line="26"/>
        <source>Problems per sampling batch</source>
        <translation>Aufgaben pro Sampling-Batch</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="280"/>
        <location filename="../core/tasks/lookup_task.cpp" line="124"/>
        <source>Min steps</source>
        <translation>Min. Schritte</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="281"/>
        <source>Fewest operations in a chain</source>
        <translation>Wenigste Operationen in einer Kette</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="282"/>
        <location filename="../core/tasks/arith_task.cpp" line="286"/>
        <source>operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="284"/>
        <location filename="../core/tasks/lookup_task.cpp" line="128"/>
        <source>Max steps</source>
        <translation>Max. Schritte</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="285"/>
        <source>Most operations in a chain</source>
        <translation>Meiste Operationen in einer Kette</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="288"/>
        <source>Smallest operand</source>
        <translation>Kleinster Operand</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="289"/>
        <source>Smallest start value and operand of a chain</source>
        <translation>Kleinster Startwert und Operand einer Kette</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="291"/>
        <source>Largest operand</source>
        <translation>Größter Operand</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="292"/>
        <source>Largest start value and operand of a chain</source>
        <translation>Größter Startwert und Operand einer Kette</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="294"/>
        <source>Operators</source>
        <translation>Operatoren</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="295"/>
        <source>Characters from + - * (e.g. &quot;+-*&quot;)</source>
        <translation>Zeichen aus + - * (z. B. &quot;+-*&quot;)</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="297"/>
        <source>Modulus</source>
        <translation>Modulus</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="298"/>
        <source>Every result is reduced modulo this number</source>
        <translation>Jedes Ergebnis wird modulo dieser Zahl reduziert</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="301"/>
        <source>Operand skew</source>
        <translation>Operanden-Schiefe</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="302"/>
        <source>Zipf exponent of the operands: a few common, many rare (a long tail of facts)</source>
        <translation>Zipf-Exponent der Operanden: wenige häufige, viele seltene (ein langer Schwanz von Fakten)</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="305"/>
        <location filename="../core/tasks/lookup_task.cpp" line="136"/>
        <source>uniform</source>
        <translation>gleichverteilt</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="307"/>
        <source>Spurious step rate</source>
        <translation>Rate nutzloser Schritte</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="308"/>
        <source>Chance that the teacher inserts a correct but useless step</source>
        <translation>Wahrscheinlichkeit, dass der Lehrer einen korrekten, aber nutzlosen Schritt einfügt</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="246"/>
        <source>Training file</source>
        <translation>Trainingsdatei</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="247"/>
        <source>GSM8K-style JSONL file of the training problems</source>
        <translation>JSONL-Datei im GSM8K-Stil mit den Trainingsaufgaben</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="249"/>
        <source>Test file</source>
        <translation>Testdatei</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="250"/>
        <source>GSM8K-style JSONL file of the held-out problems</source>
        <translation>JSONL-Datei im GSM8K-Stil mit den zurückgehaltenen Aufgaben</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="252"/>
        <source>Validation file</source>
        <translation>Validierungsdatei</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="253"/>
        <source>GSM8K-style JSONL file of the validation problems (model selection)</source>
        <translation>JSONL-Datei im GSM8K-Stil mit den Validierungsaufgaben (Modellauswahl)</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="255"/>
        <source>the last problems of the training file</source>
        <translation>die letzten Aufgaben der Trainingsdatei</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="257"/>
        <source>Skip bad lines</source>
        <translation>Fehlerhafte Zeilen überspringen</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="258"/>
        <source>Skip (and report) lines that do not parse instead of stopping</source>
        <translation>Nicht lesbare Zeilen überspringen (und melden), statt abzubrechen</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="167"/>
        <source>Degree d</source>
        <translation>Grad d</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="168"/>
        <source>Arms leaving the source node</source>
        <translation>Vom Startknoten ausgehende Arme</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="169"/>
        <source>arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="171"/>
        <source>Path length ℓ</source>
        <translation>Pfadlänge ℓ</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="172"/>
        <source>Nodes on the path from source to goal, both included</source>
        <translation>Knoten auf dem Pfad vom Start zum Ziel, beide eingeschlossen</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="173"/>
        <source>nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="175"/>
        <source>Node labels N</source>
        <translation>Knotenbezeichner N</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="176"/>
        <source>Size of the label alphabet the nodes are drawn from</source>
        <translation>Größe des Bezeichner-Alphabets, aus dem die Knoten gezogen werden</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="177"/>
        <source>labels</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location filename="../core/tasks/arith_task.cpp" line="339"/>
        <source>Arithmetic chains</source>
        <translation>Arithmetische Ketten</translation>
    </message>
    <message>
        <location filename="../core/tasks/stargraph_task.cpp" line="183"/>
        <source>Star graph G(d, ℓ)</source>
        <translation>Sterngraph G(d, ℓ)</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="154"/>
        <source>Fact-recall chains</source>
        <translation>Faktenabruf-Ketten</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="144"/>
        <source>Hinted lookup chains (a shortcut)</source>
        <translation>Nachschlageketten mit Hinweis (eine Abkürzung)</translation>
    </message>
    <message>
        <location filename="../core/tasks/jsonl_task.cpp" line="290"/>
        <source>GSM8K-style JSONL import</source>
        <translation>JSONL-Import im GSM8K-Stil</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="49"/>
        <source>Which task generates (or imports) the problems</source>
        <translation>Welche Aufgabe die Aufgaben erzeugt (oder importiert)</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="51"/>
        <source>|D_syn| (training problems)</source>
        <translation>|D_syn| (Trainingsaufgaben)</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="52"/>
        <source>Problems with a teacher solution used for SFT</source>
        <translation>Aufgaben mit Lehrerlösung, die für das SFT verwendet werden</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="55"/>
        <source>Validation problems</source>
        <translation>Validierungsaufgaben</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="56"/>
        <source>Held-out problems that choose checkpoints and settings; the test set is read once per finished model</source>
        <translation>Zurückgehaltene Aufgaben, die Checkpoints und Einstellungen auswählen; die Testmenge wird einmal je fertigem Modell gelesen</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="60"/>
        <source>none (evaluations read the test set)</source>
        <translation>keine (Auswertungen lesen die Testmenge)</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="62"/>
        <source>Test problems</source>
        <translation>Testaufgaben</translation>
    </message>
    <message>
        <location filename="../core/tasks/task_registry.cpp" line="63"/>
        <source>Held-out problems for evaluation</source>
        <translation>Zurückgehaltene Aufgaben für die Auswertung</translation>
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
        <translation>Temperatur der Schrittgewichte exp(A/β)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="23"/>
        <source>Normalise weights</source>
        <translation>Gewichte normieren</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="24"/>
        <source>mean: divide the weights by their mean over all weighted steps</source>
        <translation>mean: die Gewichte durch ihren Mittelwert über alle gewichteten Schritte teilen</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="27"/>
        <source>Largest weight</source>
        <translation>Größtes Gewicht</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="28"/>
        <source>Weights are clipped to at most this</source>
        <translation>Gewichte werden höchstens auf diesen Wert begrenzt</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="21"/>
        <source>DPO temperature of the implicit reward β·log(π/π_ref)</source>
        <translation>DPO-Temperatur der impliziten Belohnung β·log(π/π_ref)</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="23"/>
        <source>Max epochs over the pairs</source>
        <translation>Max. Epochen über die Paare</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="24"/>
        <source>Stops DPO early when the pairs are few: at most this many passes over them</source>
        <translation>Beendet DPO früher, wenn es wenige Paare gibt: höchstens so viele Durchläufe über sie</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="27"/>
        <location filename="../core/train/training_config.cpp" line="62"/>
        <source>passes</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="28"/>
        <source>always run all steps</source>
        <translation>immer alle Schritte ausführen</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="30"/>
        <source>RPO weight α</source>
        <translation>RPO-Gewicht α</translation>
    </message>
    <message>
        <location filename="../core/train/dpo_config.cpp" line="31"/>
        <source>Weight of the chosen completion&apos;s NLL in the RPO methods&apos; loss</source>
        <translation>Gewicht der NLL der bevorzugten Fortsetzung im Verlust der RPO-Methoden</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="9"/>
        <source>k of pass@k</source>
        <translation>k von pass@k</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="10"/>
        <source>Samples per test problem for pass@k</source>
        <translation>Samples pro Testaufgabe für pass@k</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="14"/>
        <source>Sampling temperature for pass@k</source>
        <translation>Sampling-Temperatur für pass@k</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="20"/>
        <source>Max new tokens</source>
        <translation>Max. neue Tokens</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="21"/>
        <source>Longest solution generated</source>
        <translation>Längste erzeugte Lösung</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="23"/>
        <source>up to the model context</source>
        <translation>bis zum Modellkontext</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="29"/>
        <source>Training-set probe</source>
        <translation>Trainingsmengen-Probe</translation>
    </message>
    <message>
        <location filename="../core/train/eval_config.cpp" line="30"/>
        <source>Also evaluate greedily on this many training problems: the gap to the test set shows memorisation</source>
        <translation>Zusätzlich greedy auf so vielen Trainingsaufgaben auswerten: der Abstand zur Testmenge zeigt Auswendiglernen</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="29"/>
        <source>Optimizer steps</source>
        <translation>Optimierungsschritte</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="30"/>
        <source>AdamW updates of this stage</source>
        <translation>AdamW-Aktualisierungen dieser Stufe</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="34"/>
        <source>Sequences (or pairs) per optimizer step</source>
        <translation>Sequenzen (oder Paare) pro Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="19"/>
        <location filename="../core/train/training_config.cpp" line="36"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="37"/>
        <source>Peak learning rate after warmup</source>
        <translation>Höchste Lernrate nach dem Warmup</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="22"/>
        <location filename="../core/train/training_config.cpp" line="39"/>
        <source>Final learning rate</source>
        <translation>End-Lernrate</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="40"/>
        <source>The cosine decays to this</source>
        <translation>Der Kosinus fällt auf diesen Wert ab</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/controls_config.cpp" line="25"/>
        <location filename="../core/train/training_config.cpp" line="42"/>
        <source>Warmup steps</source>
        <translation>Warmup-Schritte</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="43"/>
        <source>Linear warmup from 0 to the learning rate</source>
        <translation>Lineares Warmup von 0 bis zur Lernrate</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="46"/>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="47"/>
        <source>AdamW decoupled weight decay</source>
        <translation>Entkoppelte Gewichtsabnahme von AdamW</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="49"/>
        <source>Gradient clipping</source>
        <translation>Gradienten-Clipping</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="50"/>
        <source>Largest global L2 norm of the gradient</source>
        <translation>Größte globale L2-Norm des Gradienten</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="53"/>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="54"/>
        <source>Steps between evaluations and checkpoints</source>
        <translation>Schritte zwischen Auswertungen und Checkpoints</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="56"/>
        <source>only at the end</source>
        <translation>nur am Ende</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="58"/>
        <source>Epoch budget</source>
        <translation>Epochenbudget</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="59"/>
        <source>Passes over the stage&apos;s data; replaces the step count, so every data size gets the same number of passes</source>
        <translation>Durchläufe über die Daten der Stufe; ersetzt die Schrittzahl, sodass jede Datengröße gleich viele Durchläufe erhält</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="63"/>
        <source>use the step count</source>
        <translation>Schrittzahl verwenden</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="65"/>
        <source>Keep the model</source>
        <translation>Behaltenes Modell</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="66"/>
        <source>last: the model after the last step; best_valid: the evaluated model with the lowest validation error (early stopping); best_valid_first_step: the highest validation first-step accuracy</source>
        <translation>last: das Modell nach dem letzten Schritt; best_valid: das ausgewertete Modell mit dem kleinsten Validierungsfehler (frühes Stoppen); best_valid_first_step: die höchste Erster-Schritt-Genauigkeit auf der Validierung</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="71"/>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="72"/>
        <source>With best_valid: stop after this many evaluations without a lower validation error</source>
        <translation>Mit best_valid: nach so vielen Auswertungen ohne kleineren Validierungsfehler stoppen</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="75"/>
        <source>evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="76"/>
        <source>never stop early</source>
        <translation>nie früh stoppen</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="78"/>
        <source>Stop at first-step accuracy</source>
        <translation>Bei Erstschritt-Genauigkeit anhalten</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="79"/>
        <source>Stop at the first evaluation whose first-step accuracy (on the split named by stop_split) reaches this: a model at a chosen competence</source>
        <translation>An der ersten Auswertung anhalten, deren Genauigkeit im ersten Schritt (auf dem durch stop_split benannten Teil) diesen Wert erreicht: ein Modell mit gewählter Kompetenz</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="82"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="84"/>
        <source>Stop on split</source>
        <translation>Anhalten nach Teil</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="85"/>
        <source>valid: stop_at_first_step reads the validation split; train: the training probe (eval.train_problems of the training problems), i.e. how far the model has memorised its data</source>
        <translation>valid: stop_at_first_step liest den Validierungsteil; train: die Trainingsprobe (eval.train_problems der Trainingsaufgaben), also wie weit das Modell seine Daten auswendig gelernt hat</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="90"/>
        <source>Micro-batch size</source>
        <translation>Mikro-Batch-Größe</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="91"/>
        <source>Rows per forward/backward pass, gradients accumulated over the batch: the same update with less memory</source>
        <translation>Zeilen pro Vorwärts-/Rückwärtsdurchlauf, Gradienten über den Batch akkumuliert: dasselbe Update mit weniger Speicher</translation>
    </message>
    <message>
        <location filename="../core/train/training_config.cpp" line="94"/>
        <source>the whole batch at once</source>
        <translation>der ganze Batch auf einmal</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="121"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="122"/>
        <source>Size of the hidden key-to-digit table</source>
        <translation>Größe der verborgenen Tabelle von Schlüsseln zu Ziffern</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="125"/>
        <source>Fewest keys recalled in a problem</source>
        <translation>Wenigste abgerufene Schlüssel je Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="126"/>
        <location filename="../core/tasks/lookup_task.cpp" line="130"/>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="129"/>
        <source>Most keys recalled in a problem</source>
        <translation>Meiste abgerufene Schlüssel je Aufgabe</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="132"/>
        <source>Key skew</source>
        <translation>Schlüssel-Schiefe</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="133"/>
        <source>Zipf exponent of the key frequencies: a few common keys, a long tail of rare ones</source>
        <translation>Zipf-Exponent der Schlüsselhäufigkeiten: wenige häufige Schlüssel, ein langer Schwanz seltener</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="139"/>
        <source>A hint in the prompt that is the first key&apos;s digit on this share of the problems and another digit on the rest: a shortcut past the first recall</source>
        <translation>Ein Hinweis in der Eingabe, der bei diesem Anteil der Aufgaben die Ziffer des ersten Schlüssels ist und beim Rest eine andere Ziffer: eine Abkürzung am ersten Abruf vorbei</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="143"/>
        <source>no hint</source>
        <translation>kein Hinweis</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="145"/>
        <source>Table seed</source>
        <translation>Tabellen-Seed</translation>
    </message>
    <message>
        <location filename="../core/tasks/lookup_task.cpp" line="146"/>
        <source>Draws the hidden table: the task&apos;s ground truth, shared by all splits and run seeds</source>
        <translation>Zieht die verborgene Tabelle: die Grundwahrheit der Aufgabe, gemeinsam für alle Splits und Lauf-Seeds</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="122"/>
        <source>Table size</source>
        <translation>Tabellengröße</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="123"/>
        <source>Letters of the table, one pair each: a random cycle through them</source>
        <translation>Buchstaben der Tabelle, je ein Paar: ein zufälliger Zyklus durch sie</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="125"/>
        <source>letters</source>
        <translation>Buchstaben</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="127"/>
        <source>Min hops</source>
        <translation>Min. Schritte</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="128"/>
        <source>Fewest lookups in a solution</source>
        <translation>Wenigste Nachschlagevorgänge in einer Lösung</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="131"/>
        <source>Max hops</source>
        <translation>Max. Schritte</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="132"/>
        <source>Most lookups in a solution</source>
        <translation>Meiste Nachschlagevorgänge in einer Lösung</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="135"/>
        <location filename="../core/tasks/lookup_task.cpp" line="138"/>
        <source>Hint rate ρ</source>
        <translation>Hinweisrate ρ</translation>
    </message>
    <message>
        <location filename="../core/tasks/hint_task.cpp" line="136"/>
        <source>Share of problems whose hint is the first step&apos;s value: copying it is a shortcut that fails on the rest</source>
        <translation>Anteil der Aufgaben, deren Hinweis der Wert des ersten Schritts ist: ihn abzuschreiben ist eine Abkürzung, die beim Rest scheitert</translation>
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
        <translation>Standard-DPO auf zufälligen Paaren aus einem korrekten und einem falschen eigenen Sample</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="68"/>
        <source>edit-distance DPO</source>
        <translation>Editierdistanz-DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="69"/>
        <source>DPO on pairs of a correct sample and the incorrect one farthest from it in edit distance</source>
        <translation>DPO auf Paaren aus einem korrekten Sample und dem falschen mit der größten Editierdistanz dazu</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="78"/>
        <source>per-step DPO (full)</source>
        <translation>schrittweises DPO (vollständig)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="79"/>
        <source>Per-step DPO: a correct solution against the negative cut after its first pit</source>
        <translation>Schrittweises DPO: eine korrekte Lösung gegen das nach seinem ersten Fehlschritt abgeschnittene Negativ</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="88"/>
        <source>per-step DPO (shared prefix)</source>
        <translation>schrittweises DPO (gemeinsames Präfix)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="89"/>
        <source>Per-step DPO on the shared prefix before the pit: a successful rollout against the pit step</source>
        <translation>Schrittweises DPO auf dem gemeinsamen Präfix vor dem Fehlschritt: ein erfolgreicher Rollout gegen den Fehlschritt</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="98"/>
        <source>per-step DPO (alternative at the pit)</source>
        <translation>schrittweises DPO (Alternative an der Fehlstelle)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="99"/>
        <source>Per-step DPO on one step: at the pit, the step with the highest Monte-Carlo Q̂ &gt; 0 against the pit step, after the shared prefix</source>
        <translation>Schrittweises DPO auf einem Schritt: an der Fehlstelle der Schritt mit dem höchsten Monte-Carlo-Q̂ &gt; 0 gegen den Fehlschritt, nach dem gemeinsamen Präfix</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="112"/>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="113"/>
        <source>DPO&apos;s random pairs with the chosen completion&apos;s NLL added to the loss</source>
        <translation>Die zufälligen Paare von DPO, mit der NLL der bevorzugten Fortsetzung im Verlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="121"/>
        <source>edit-distance RPO</source>
        <translation>Editierdistanz-RPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="122"/>
        <source>Edit-distance DPO&apos;s pairs with the chosen completion&apos;s NLL added to the loss</source>
        <translation>Die Paare des Editierdistanz-DPO, mit der NLL der bevorzugten Fortsetzung im Verlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="131"/>
        <source>per-step RPO (full)</source>
        <translation>schrittweises RPO (vollständig)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="132"/>
        <source>Per-step DPO (full) with the chosen completion&apos;s NLL added to the loss</source>
        <translation>Schrittweises DPO (vollständig), mit der NLL der bevorzugten Fortsetzung im Verlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="140"/>
        <source>per-step RPO (shared prefix)</source>
        <translation>schrittweises RPO (gemeinsames Präfix)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="141"/>
        <source>Per-step DPO (shared prefix) with the chosen completion&apos;s NLL added to the loss</source>
        <translation>Schrittweises DPO (gemeinsames Präfix), mit der NLL der bevorzugten Fortsetzung im Verlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="150"/>
        <source>per-step RPO (alternative at the pit)</source>
        <translation>schrittweises RPO (Alternative an der Fehlstelle)</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="151"/>
        <source>Per-step DPO (alternative at the pit) with the chosen step&apos;s NLL added to the loss</source>
        <translation>Schrittweises DPO (Alternative an der Fehlstelle) mit der NLL des gewählten Schritts im Verlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="32"/>
        <source>RFT</source>
        <translation>RFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/rft_method.cpp" line="33"/>
        <source>Rejection-sampling fine-tuning: SFT on D_syn and π_sft&apos;s distinct correct samples</source>
        <translation>Rejection-Sampling-Feintuning: SFT auf D_syn und den verschiedenen korrekten Samples von π_sft</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_method.cpp" line="14"/>
        <source>SFT</source>
        <translation>SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_method.cpp" line="16"/>
        <source>Supervised fine-tuning on the synthetic problems D_syn</source>
        <translation>Überwachtes Feintuning auf den synthetischen Aufgaben D_syn</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="48"/>
        <source>advantage-weighted RL</source>
        <translation>vorteilsgewichtetes RL</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/awr_method.cpp" line="49"/>
        <source>Per-step log-likelihood of π_sft&apos;s analysed samples weighted by exp(A/β), from π_sft</source>
        <translation>Schrittweise Log-Likelihood der analysierten Stichproben von π_sft, gewichtet mit exp(A/β), ausgehend von π_sft</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="52"/>
        <source>iterated per-step DPO</source>
        <translation>iteriertes schrittweises DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="53"/>
        <source>Rounds of sampling from the current policy, per-step credit and per-step DPO</source>
        <translation>Runden aus Sampling von der aktuellen Policy, schrittweisem Credit und schrittweisem DPO</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="51"/>
        <source>More SFT</source>
        <translation>Mehr SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="52"/>
        <source>Control: π_sft trained on D_syn for as many steps and tokens as the matched preference method</source>
        <translation>Kontrolle: π_sft so viele Schritte und Tokens auf D_syn trainiert wie die zugeordnete Präferenzmethode</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="60"/>
        <source>Reweighted SFT</source>
        <translation>Umgewichtetes SFT</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/sft_controls.cpp" line="61"/>
        <source>Control: More SFT with the problems π_sft fails on weighted up</source>
        <translation>Kontrolle: Mehr SFT mit höher gewichteten Aufgaben, an denen π_sft scheitert</translation>
    </message>
</context>
<context>
    <name>ef::Metrics</name>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="138"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="139"/>
        <source>test error</source>
        <translation>Testfehler</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="140"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="141"/>
        <source>first-step accuracy</source>
        <translation>Genauigkeit des ersten Schritts</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="143"/>
        <source>test error where the shortcut fails</source>
        <translation>Testfehler, wo die Abkürzung versagt</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="144"/>
        <source>error on training problems</source>
        <translation>Fehler auf Trainingsaufgaben</translation>
    </message>
    <message>
        <location filename="../core/experiment/config/method_registry.cpp" line="146"/>
        <source>first-step accuracy on training problems</source>
        <translation>Genauigkeit des ersten Schritts auf Trainingsaufgaben</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="44"/>
        <source>DPO reward margin</source>
        <translation>DPO-Belohnungsabstand</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="45"/>
        <source>DPO pair accuracy</source>
        <translation>DPO-Paargenauigkeit</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="46"/>
        <source>DPO chosen reward</source>
        <translation>DPO-Belohnung der bevorzugten Antwort</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="47"/>
        <source>DPO rejected reward</source>
        <translation>DPO-Belohnung der abgelehnten Antwort</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/dpo_methods.cpp" line="48"/>
        <source>RPO chosen NLL</source>
        <translation>RPO-NLL der bevorzugten Antwort</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="61"/>
        <source>validation error after each round</source>
        <translation>Validierungsfehler nach jeder Runde</translation>
    </message>
    <message>
        <location filename="../core/experiment/methods/iterated_method.cpp" line="63"/>
        <source>fraction of correct self-samples per round</source>
        <translation>Anteil richtiger eigener Stichproben je Runde</translation>
    </message>
</context>
<context>
    <name>ef::gui</name>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="24"/>
        <source>cannot copy %1 to %2</source>
        <translation>kann %1 nicht nach %2 kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="48"/>
        <source>No example workspace was built or installed (build target example_workspace).</source>
        <translation>Es wurde kein Beispiel-Arbeitsbereich gebaut oder installiert (Build-Ziel example_workspace).</translation>
    </message>
    <message>
        <location filename="../app/gui/example_workspace.cpp" line="65"/>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
</context>
<context>
    <name>ef::gui::ConfigForm</name>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="29"/>
        <source>Greater than %1%2</source>
        <translation>Größer als %1%2</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="32"/>
        <source>From %1 to %2%3</source>
        <translation>Von %1 bis %2%3</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="39"/>
        <source>Empty = %1</source>
        <translation>Leer = %1</translation>
    </message>
    <message>
        <location filename="../app/gui/config_hints.cpp" line="41"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
</context>
<context>
    <name>ef::gui::DatasetExportDialog</name>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="29"/>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="54"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="30"/>
        <source>Preference pairs (TRL DPO JSONL)</source>
        <translation>Präferenzpaare (TRL-DPO-JSONL)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="31"/>
        <source>Step labels, any rollout succeeded (TRL PRM JSONL)</source>
        <translation>Schritt-Labels: ein Rollout erfolgreich (TRL-PRM-JSONL)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="32"/>
        <source>Step labels, Monte-Carlo estimate Q (TRL PRM JSONL)</source>
        <translation>Schritt-Labels: Monte-Carlo-Schätzung Q (TRL-PRM-JSONL)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="33"/>
        <source>Self-samples with verdicts (JSONL)</source>
        <translation>Eigene Stichproben mit Urteil (JSONL)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="34"/>
        <source>Model (Hugging Face GPT-2 folder)</source>
        <translation>Modell (Hugging-Face-GPT-2-Ordner)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="38"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="37"/>
        <source>#%1 (a sweep: all its cells)</source>
        <translation>#%1 (ein Sweep: alle seine Zellen)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="39"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="41"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="53"/>
        <source>Folder for the model</source>
        <translation>Ordner für das Modell</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="56"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="76"/>
        <source>Exported the %1 model of run #%2 to %3</source>
        <translation>Das %1-Modell von Lauf #%2 nach %3 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/dataset_export_dialog.cpp" line="95"/>
        <source>Exported %1 lines to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>ef::gui::InspectorPage</name>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="435"/>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="436"/>
        <source>problem # or text</source>
        <translation>Aufgaben-Nr. oder Text</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="437"/>
        <source>any pit</source>
        <translation>mit oder ohne Fehlschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="438"/>
        <source>with a pit</source>
        <translation>mit Fehlschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="439"/>
        <source>without a pit</source>
        <translation>ohne Fehlschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="440"/>
        <source>pit at step</source>
        <translation>Fehlschritt bei Schritt</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="441"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="443"/>
        <source>negatives and positives</source>
        <translation>Negative und Positive</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="444"/>
        <source>negatives</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="446"/>
        <source>positives (spurious steps)</source>
        <translation>Positive (nutzlose Schritte)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="447"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="448"/>
        <source>The solution view as a PDF (vector) or PNG figure</source>
        <translation>Die Lösungsansicht als PDF- (Vektor) oder PNG-Abbildung</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="449"/>
        <source>Sorted by the most negative advantage first; click a header to re-sort</source>
        <translation>Sortiert nach dem negativsten Vorteil zuerst; zum Umsortieren auf eine Spaltenüberschrift klicken</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="264"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="181"/>
        <source>Computing… %1 of %2 models</source>
        <translation>Berechnung… %1 von %2 Modellen</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="190"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="191"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="378"/>
        <source>No checkpoint of this solution&apos;s cell is on disk.</source>
        <translation>Kein Checkpoint der Zelle dieser Lösung liegt auf der Platte.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="379"/>
        <source>%1 of %2 models computed</source>
        <translation>%1 von %2 Modellen berechnet</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="394"/>
        <source>Computing…</source>
        <translation>Berechnung…</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="399"/>
        <location filename="../app/gui/inspector_page.cpp" line="405"/>
        <source>Export step history</source>
        <translation>Schrittverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="400"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="411"/>
        <source>No analysed solutions: select a sweep (or a run) whose per-step advantages were computed.</source>
        <translation>Keine analysierten Lösungen: Wählen Sie einen Sweep (oder einen Lauf), für den schrittweise Vorteile berechnet wurden.</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="414"/>
        <source>%1 negatives, %2 with a first pit; %3 positives analysed with %4 spurious steps (A ≤ 0).</source>
        <translation>%1 Negative, davon %2 mit erstem Fehlschritt (Pit); %3 Positive analysiert, mit %4 nutzlosen Schritten (A ≤ 0).</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="405"/>
        <location filename="../app/gui/inspector_page.cpp" line="516"/>
        <location filename="../app/gui/inspector_page.cpp" line="533"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="542"/>
        <location filename="../app/gui/inspector_page.cpp" line="547"/>
        <source>Export inspector view</source>
        <translation>Inspektoransicht exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/inspector_page.cpp" line="543"/>
        <source>PDF (*.pdf);;PNG image, 300 dpi (*.png)</source>
        <translation>PDF (*.pdf);;PNG-Bild, 300 dpi (*.png)</translation>
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
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>Training curves</source>
        <translation>Trainingskurven</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="182"/>
        <source>Data scaling</source>
        <translation>Datenskalierung</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="183"/>
        <source>Advantage inspector</source>
        <translation>Vorteilsinspektor</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="185"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="205"/>
        <source>Devices: %1 (LibTorch %2)</source>
        <translation>Geräte: %1 (LibTorch %2)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="208"/>
        <source> · reference BLAS: ~20x slower</source>
        <translation> · Referenz-BLAS: ~20x langsamer</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>Submitted the Slurm plan %1; merging its tasks as they finish</source>
        <translation>Slurm-Plan %1 übermittelt; seine Aufgaben werden zusammengeführt, sobald sie fertig sind</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <source>Wrote the Slurm plan %1: submit it with sbatch %2/job.sh</source>
        <translation>Slurm-Plan %1 geschrieben: mit sbatch %2/job.sh übermitteln</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="127"/>
        <source>%1 started as #%2</source>
        <translation>%1 als #%2 gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="136"/>
        <source>#%1 %2 failed: %3</source>
        <translation>#%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="138"/>
        <source>#%1 %2: %3</source>
        <translation>#%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>An empty workspace: File → Open example workspace shows a finished sweep.</source>
        <translation>Ein leerer Arbeitsbereich: Datei → Beispiel-Arbeitsbereich öffnen zeigt einen fertigen Sweep.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="186"/>
        <source>Runs and sweeps</source>
        <translation>Läufe und Sweeps</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="187"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="237"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="238"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="241"/>
        <source>Open e&amp;xample workspace</source>
        <translation>&amp;Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="242"/>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>&amp;Export figure…</source>
        <translation>Abbildung &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="247"/>
        <source>Export &amp;dataset…</source>
        <translation>&amp;Datensatz exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="248"/>
        <source>&amp;Watch Slurm plan…</source>
        <translation>Slurm-Plan &amp;beobachten…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="252"/>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Start &amp;run</source>
        <translation>&amp;Lauf starten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Start &amp;sweep</source>
        <translation>&amp;Sweep starten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="254"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>&amp;Cancel selected</source>
        <translation>Ausgewählte &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="258"/>
        <source>Re&amp;sume selected</source>
        <translation>Ausgewählte &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="260"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="264"/>
        <source>&amp;Settings</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="265"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>&amp;About Eightfold</source>
        <translation>&amp;Über Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="274"/>
        <source>About Eightfold</source>
        <translation>Über Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;An experiment workbench for Setlur et al. 2024, &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt;: SFT, RFT, Monte-Carlo per-step credit and per-step DPO on synthetic tasks, with the data-scaling plot.&lt;br&gt;&lt;br&gt;Free software under the GNU General Public License, version 3 or later (%2): you may share and change it; there is no warranty.</source>
        <translation>&lt;b&gt;Eightfold&lt;/b&gt; %1&lt;br&gt;Eine Experimentier-Werkbank zu Setlur et al. 2024, &lt;i&gt;RL on Incorrect Synthetic Data Scales the Efficiency of LLM Math Reasoning by Eight-Fold&lt;/i&gt;: SFT, RFT, schrittweiser Monte-Carlo-Credit und schrittweises DPO auf synthetischen Aufgaben, mit dem Datenskalierungs-Diagramm.&lt;br&gt;&lt;br&gt;Freie Software unter der GNU General Public License, Version 3 oder später (%2): Sie dürfen sie weitergeben und verändern; es gibt keine Gewährleistung.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="287"/>
        <source>Open example workspace</source>
        <translation>Beispiel-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="300"/>
        <source>Example workspace: the lookup-hint-scaling sweep with three seeds, copied to %1</source>
        <translation>Beispiel-Arbeitsbereich: der Sweep lookup-hint-scaling mit drei Seeds, kopiert nach %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="314"/>
        <source>Workspace busy</source>
        <translation>Arbeitsbereich belegt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="315"/>
        <source>Runs are active or queued in the current workspace; cancel them before switching.</source>
        <translation>Im aktuellen Arbeitsbereich sind Läufe aktiv oder in der Warteschlange; brechen Sie sie ab, bevor Sie wechseln.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="322"/>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="323"/>
        <source>Cannot open workspace: %1</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="331"/>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="332"/>
        <source>Eightfold workspace (*.sqlite)</source>
        <translation>Eightfold-Arbeitsbereich (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="339"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="340"/>
        <source>Eightfold workspace (*.sqlite);;All files (*)</source>
        <translation>Eightfold-Arbeitsbereich (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="355"/>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="356"/>
        <source>Nothing to export yet: show the training curves of a run or the data-scaling plot of a sweep first.</source>
        <translation>Noch nichts zu exportieren: Zeigen Sie zuerst die Trainingskurven eines Laufs oder das Datenskalierungs-Diagramm eines Sweeps an.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="361"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="379"/>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="384"/>
        <source>Slurm merge: %1</source>
        <translation>Slurm-Zusammenführung: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="391"/>
        <source>Slurm plan folder (with manifest.json)</source>
        <translation>Slurm-Planordner (mit manifest.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="394"/>
        <source>Watch Slurm plan</source>
        <translation>Slurm-Plan beobachten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="395"/>
        <source>%1 holds no manifest.json: choose the folder written by Start sweep on Slurm or eightfold-cli sweep --slurm.</source>
        <translation>%1 enthält keine manifest.json: Wählen Sie den Ordner, den „Sweep auf Slurm starten“ oder eightfold-cli sweep --slurm geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="406"/>
        <location filename="../app/gui/main_window.cpp" line="415"/>
        <source>Export dataset</source>
        <translation>Datensatz exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="407"/>
        <source>Select a run, a sweep or a sweep cell in the run list first.</source>
        <translation>Wählen Sie zuerst einen Lauf, einen Sweep oder eine Sweep-Zelle in der Laufliste aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="441"/>
        <source>resume #%1 %2</source>
        <translation>Fortsetzung #%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="472"/>
        <source>%n run(s) of this workspace stopped without finishing (%1). Resume them from their last checkpoint?</source>
        <translation>
            <numerusform>%n Lauf dieses Arbeitsbereichs wurde nicht abgeschlossen (%1). Vom letzten Checkpoint aus fortsetzen?</numerusform>
            <numerusform>%n Läufe dieses Arbeitsbereichs wurden nicht abgeschlossen (%1). Von ihrem letzten Checkpoint aus fortsetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="507"/>
        <source>Runs are active</source>
        <translation>Läufe sind aktiv</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="508"/>
        <source>Quit and cancel the active runs? They can be resumed from their last checkpoint.</source>
        <translation>Beenden und die aktiven Läufe abbrechen? Sie können von ihrem letzten Checkpoint aus fortgesetzt werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="200"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="79"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>ef::gui::PreferencesDialog</name>
    <message>
        <location filename="../app/gui/preferences.cpp" line="56"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="58"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="63"/>
        <source>auto (CUDA when available)</source>
        <translation>auto (CUDA, falls verfügbar)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="68"/>
        <source>all logical CPUs (%1)</source>
        <translation>alle logischen CPUs (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="73"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="74"/>
        <source>A new language applies at once, to every page.</source>
        <translation>Eine neue Sprache gilt sofort, auf allen Seiten.</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="77"/>
        <source>Default device:</source>
        <translation>Standardgerät:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="78"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="81"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="83"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/preferences.cpp" line="89"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="226"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="228"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="230"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="232"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="234"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="236"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="238"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="240"/>
        <source>Test error</source>
        <translation>Testfehler</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="284"/>
        <source>Time per stage:</source>
        <translation>Zeit je Phase:</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="285"/>
        <source>Time per stage, all cells:</source>
        <translation>Zeit je Phase, alle Zellen:</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="287"/>
        <source>%1: %2 s</source>
        <translation>%1: %2 s</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="288"/>
        <source> (%1 tokens/s)</source>
        <translation> (%1 Token/s)</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="298"/>
        <source>stage %1: %2/%3</source>
        <translation>Phase %1: %2/%3</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="299"/>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="301"/>
        <source>cells %1/%2 finished</source>
        <translation>Zellen %1/%2 fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="310"/>
        <source>#%1 %2 %3/%4, ETA %5</source>
        <translation>#%1 %2 %3/%4, Restzeit %5</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="325"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_model.cpp" line="334"/>
        <source>cells %1/%2</source>
        <translation>Zellen %1/%2</translation>
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
        <translation>Nach Name, Art oder Status filtern…</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="161"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="162"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="163"/>
        <source>Remove from queue</source>
        <translation>Aus der Warteschlange entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="164"/>
        <source>Duplicate config</source>
        <translation>Konfiguration duplizieren</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="165"/>
        <source>Stop the selected running job (within a second)</source>
        <translation>Den ausgewählten laufenden Auftrag anhalten (innerhalb einer Sekunde)</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="166"/>
        <source>Continue an interrupted, cancelled or failed run from its checkpoint</source>
        <translation>Einen unterbrochenen, abgebrochenen oder fehlgeschlagenen Lauf von seinem Checkpoint aus fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/runs_panel.cpp" line="167"/>
        <source>Load the selected run&apos;s configuration into the setup form</source>
        <translation>Die Konfiguration des ausgewählten Laufs in das Einrichtungsformular laden</translation>
    </message>
</context>
<context>
    <name>ef::gui::ScalingPage</name>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="173"/>
        <source>log y</source>
        <translation>y logarithmisch</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="169"/>
        <source>Sweep:</source>
        <translation>Sweep:</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="170"/>
        <source>Metric:</source>
        <translation>Metrik:</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="174"/>
        <source>test error</source>
        <translation>Testfehler</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="175"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="176"/>
        <source>first-step accuracy</source>
        <translation>Genauigkeit des ersten Schritts</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="177"/>
        <source>error on training problems</source>
        <translation>Fehler auf Trainingsaufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="179"/>
        <source>first-step accuracy on training problems</source>
        <translation>Genauigkeit des ersten Schritts auf Trainingsaufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="171"/>
        <source>Band:</source>
        <translation>Band:</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="187"/>
        <source>± 1 std</source>
        <translation>± 1 Std.-Abw.</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="188"/>
        <source>± 1 standard error</source>
        <translation>± 1 Standardfehler</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="189"/>
        <source>95% t-interval</source>
        <translation>95-%-t-Intervall</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="190"/>
        <source>95% bootstrap CI</source>
        <translation>95-%-Bootstrap-KI</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="172"/>
        <source>Multiplier vs:</source>
        <translation>Multiplikator gegen:</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="180"/>
        <source>test error where the shortcut fails</source>
        <translation>Testfehler, wo die Abkürzung versagt</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="182"/>
        <source>The training-problem values come from the greedy probe on the first eval.train_problems training problems; their gap to the test values is memorisation. The error where the shortcut fails is read on the test problems whose hint is wrong (hint tasks only)</source>
        <translation>Die Werte auf Trainingsaufgaben stammen aus der Greedy-Probe auf den ersten eval.train_problems Trainingsaufgaben; ihr Abstand zu den Testwerten ist Auswendiglernen. Der Fehler, wo die Abkürzung versagt, wird auf den Testaufgaben mit falschem Hinweis gemessen (nur Aufgaben mit Hinweis)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="191"/>
        <source>SFT power law</source>
        <translation>SFT-Potenzgesetz</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="192"/>
        <source>SFT at the same size</source>
        <translation>SFT bei gleicher Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="194"/>
        <source>SFT power law: the SFT data size whose fitted error equals the method&apos;s, over |D|. SFT at the same size: (SFT&apos;s mean error / the method&apos;s)^(1/α), so SFT reads 1× and the fit&apos;s residual at that size drops out (docs/method.md)</source>
        <translation>SFT-Potenzgesetz: die SFT-Datenmenge, deren angepasster Fehler dem der Methode gleicht, geteilt durch |D|. SFT bei gleicher Größe: (mittlerer Fehler von SFT / der der Methode)^(1/α); SFT liest 1×, und das Residuum der Anpassung bei dieser Größe fällt weg (docs/method.md)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="197"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="199"/>
        <source>PDF, SVG or PNG for a paper, with the plotted data as CSV and a pgfplots snippet</source>
        <translation>PDF, SVG oder PNG für eine Veröffentlichung, mit den geplotteten Daten als CSV und einem pgfplots-Ausschnitt</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="209"/>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="288"/>
        <source>|D_syn| (synthetic training problems)</source>
        <translation>|D_syn| (synthetische Trainingsaufgaben)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="423"/>
        <source>No sweep selected: start one from the setup page or pick one above.</source>
        <translation>Kein Sweep ausgewählt: Starten Sie einen auf der Einrichtungsseite oder wählen Sie oben einen aus.</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="434"/>
        <source> (its config cannot be read, the error floor is a guess: %1)</source>
        <translation> (seine Konfiguration ist nicht lesbar, die Fehleruntergrenze ist geschätzt: %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="338"/>
        <source>mean over %1 seeds; band = %2</source>
        <translation>Mittelwert über %1 Seeds; Band = %2</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="339"/>
        <source>one seed per cell (no band)</source>
        <translation>ein Seed pro Zelle (kein Band)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="340"/>
        <source> (clipped to [0, 1])</source>
        <translation> (auf [0, 1] beschnitten)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="350"/>
        <source>SFT fit: log err = %1 − %2 · log D  (R² = %3, %4 sizes %5–%6)</source>
        <translation>SFT-Fit: log err = %1 − %2 · log D  (R² = %3, %4 Größen %5–%6)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="358"/>
        <source>; α 95% interval [%1, %2] over %3 seeds</source>
        <translation>; α 95-%-Intervall [%1, %2] über %3 Seeds</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="365"/>
        <source>SFT power law (α = %1)</source>
        <translation>SFT-Potenzgesetz (α = %1)</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="346"/>
        <source>No SFT power law yet: %1</source>
        <translation>Noch kein SFT-Potenzgesetz: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="347"/>
        <source>No SFT power law yet.</source>
        <translation>Noch kein SFT-Potenzgesetz.</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="438"/>
        <source>#%1 %2: %3 of %4 cells finished</source>
        <translation>#%1 %2: %3 von %4 Zellen abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/scaling_page.cpp" line="295"/>
        <source>; multipliers read against SFT&apos;s mean error at the same size</source>
        <translation>; Multiplikatoren gegen den mittleren SFT-Fehler bei gleicher Größe gelesen</translation>
    </message>
</context>
<context>
    <name>ef::gui::SetupPage</name>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="133"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="134"/>
        <source>Open config…</source>
        <translation>Konfiguration öffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="135"/>
        <source>Save as preset…</source>
        <translation>Als Voreinstellung speichern…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="136"/>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="137"/>
        <source>Load a run config JSON file</source>
        <translation>Eine Laufkonfiguration aus einer JSON-Datei laden</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="138"/>
        <source>Show the differences to a preset or a past run</source>
        <translation>Unterschiede zu einer Voreinstellung oder einem früheren Lauf anzeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="139"/>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="140"/>
        <source>Start sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="142"/>
        <source>SFT with evaluations on task.train_size problems</source>
        <translation>SFT mit Auswertungen auf task.train_size Aufgaben</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="143"/>
        <source>Every size × method × seed of the sweep section, as cells</source>
        <translation>Jede Kombination Größe × Methode × Seed aus dem Sweep-Abschnitt, als Zellen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="141"/>
        <source>Start sweep on Slurm…</source>
        <translation>Sweep auf Slurm starten…</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="145"/>
        <source>Write the sweep as a Slurm job array (one task per seed and size), show the script, submit it and merge the finished tasks into this workspace</source>
        <translation>Den Sweep als Slurm-Job-Array schreiben (eine Aufgabe pro Seed und Größe), das Skript zeigen, übermitteln und die fertigen Aufgaben in diesen Arbeitsbereich zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="104"/>
        <location filename="../app/gui/setup_page.cpp" line="179"/>
        <location filename="../app/gui/setup_page.cpp" line="373"/>
        <source>Preset %1</source>
        <translation>Voreinstellung %1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="166"/>
        <source>%1 (mine)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="189"/>
        <source>Cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="127"/>
        <location filename="../app/gui/setup_page.cpp" line="203"/>
        <source>Loaded from: %1</source>
        <translation>Geladen aus: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="213"/>
        <source>run #%1 (%2)</source>
        <translation>Lauf #%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="218"/>
        <source>Devices here: %1</source>
        <translation>Geräte auf diesem Rechner: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="250"/>
        <source>Fix the marked fields.</source>
        <translation>Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="261"/>
        <source>Configuration is valid.</source>
        <translation>Die Konfiguration ist gültig.</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="274"/>
        <source>Run: %1 training problems, %2 optimizer steps, %3 evaluations of %4 test problems.
Sweep: %5 cells (%6 SFT models), %7 training problems, %8 optimizer steps, %9 self-samples, at most %10 negatives and %11 rollouts.</source>
        <translation>Lauf: %1 Trainingsaufgaben, %2 Optimierungsschritte, %3 Auswertungen mit je %4 Testaufgaben.
Sweep: %5 Zellen (%6 SFT-Modelle), %7 Trainingsaufgaben, %8 Optimierungsschritte, %9 Eigen-Samples, höchstens %10 Negative und %11 Rollouts.</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="332"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="346"/>
        <location filename="../app/gui/setup_page.cpp" line="350"/>
        <source>Save as preset</source>
        <translation>Als Voreinstellung speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="347"/>
        <source>Run config (*.json)</source>
        <translation>Laufkonfiguration (*.json)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="354"/>
        <location filename="../app/gui/setup_page.cpp" line="359"/>
        <source>Open run config</source>
        <translation>Laufkonfiguration öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="355"/>
        <source>Run config (*.json);;All files (*)</source>
        <translation>Laufkonfiguration (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="360"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="368"/>
        <source>Compare configurations</source>
        <translation>Konfigurationen vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="371"/>
        <source>The config as loaded</source>
        <translation>Die Konfiguration wie geladen</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="376"/>
        <source>Run #%1 %2</source>
        <translation>Lauf #%1 %2</translation>
    </message>
    <message>
        <location filename="../app/gui/setup_page.cpp" line="389"/>
        <source>This form</source>
        <translation>Dieses Formular</translation>
    </message>
</context>
<context>
    <name>ef::gui::SlurmDialog</name>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="34"/>
        <source>Write only</source>
        <translation>Nur schreiben</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="35"/>
        <source>Write and submit</source>
        <translation>Schreiben und übermitteln</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="36"/>
        <source>Start sweep on Slurm</source>
        <translation>Sweep auf Slurm starten</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="42"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="46"/>
        <source>cluster default</source>
        <translation>Vorgabe des Clusters</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="43"/>
        <source>e.g. 04:00:00</source>
        <translation>z. B. 04:00:00</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="44"/>
        <source>e.g. 16G</source>
        <translation>z. B. 16G</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="55"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="92"/>
        <location filename="../app/gui/slurm_dialog.cpp" line="123"/>
        <source>Plan folder</source>
        <translation>Planordner</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="56"/>
        <source>Partition</source>
        <translation>Partition</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="57"/>
        <source>GPUs per task</source>
        <translation>GPUs pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="58"/>
        <source>CPUs per task</source>
        <translation>CPUs pro Aufgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="59"/>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="60"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="61"/>
        <source>Array tasks: %1, one per seed and size, each with its own shard; finished shards are merged into this workspace as they arrive.</source>
        <translation>Array-Aufgaben: %1, eine pro Seed und Größe, jede mit eigenem Shard; fertige Shards werden beim Eintreffen in diesen Arbeitsbereich zusammengeführt.</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="82"/>
        <source>Job script (job.sh):</source>
        <translation>Job-Skript (job.sh):</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="123"/>
        <source>choose a folder</source>
        <translation>einen Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="127"/>
        <source>Nothing is written before you choose Write or Submit.</source>
        <translation>Nichts wird geschrieben, bevor Sie Schreiben oder Übermitteln wählen.</translation>
    </message>
    <message>
        <location filename="../app/gui/slurm_dialog.cpp" line="197"/>
        <source>Submitting with sbatch…</source>
        <translation>Wird mit sbatch übermittelt…</translation>
    </message>
</context>
<context>
    <name>ef::gui::SlurmWatcher</name>
    <message>
        <location filename="../app/gui/slurm_watcher.cpp" line="80"/>
        <source>Slurm: %1 of %2 cells merged from %3 shards (%4 still running or stopped)</source>
        <translation>Slurm: %1 von %2 Zellen aus %3 Shards zusammengeführt (%4 laufen noch oder wurden gestoppt)</translation>
    </message>
</context>
<context>
    <name>ef::gui::TrainingPage</name>
    <message>
        <location filename="../app/gui/training_page.cpp" line="86"/>
        <source>log loss axis</source>
        <translation>Verlustachse logarithmisch</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="87"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="88"/>
        <source>Follow the data again after zooming or panning (or double-click)</source>
        <translation>Nach Zoomen oder Verschieben wieder den Daten folgen (oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="89"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="90"/>
        <source>Error and accuracy curves (right axis)…</source>
        <translation>Fehler- und Genauigkeitskurven (rechte Achse)…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="91"/>
        <source>Loss and margin curves (left axis)…</source>
        <translation>Verlust- und Abstandskurven (linke Achse)…</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="92"/>
        <source>Select runs in the run list to see their curves; several runs overlay.</source>
        <translation>Wählen Sie Läufe in der Laufliste aus, um ihre Kurven zu sehen; mehrere Läufe werden überlagert.</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="93"/>
        <source>optimizer step</source>
        <translation>Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="93"/>
        <location filename="../app/gui/training_page.cpp" line="297"/>
        <source>loss / margin</source>
        <translation>Verlust / Abstand</translation>
    </message>
    <message>
        <location filename="../app/gui/training_page.cpp" line="94"/>
        <location filename="../app/gui/training_page.cpp" line="297"/>
        <source>test error / pass@k / accuracy</source>
        <translation>Testfehler / pass@k / Genauigkeit</translation>
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
        <translation>Rohwerte je Auswertung bzw. Optimierungsschritt</translation>
    </message>
</context>
<context>
    <name>ef::widgets::DivergingLegend</name>
    <message>
        <location filename="../widgets/diverging_scale.cpp" line="37"/>
        <source>Cell colour = advantage A of the step: orange when the step lowered the chance of reaching a correct answer (A &lt; 0), white when it changed nothing (A = 0), blue when it raised it (A &gt; 0); grey = not estimated.</source>
        <translation>Zellfarbe = Vorteil A des Schritts: orange, wenn der Schritt die Chance auf eine richtige Antwort gesenkt hat (A &lt; 0), weiß, wenn er nichts geändert hat (A = 0), blau, wenn er sie erhöht hat (A &gt; 0); grau = nicht geschätzt.</translation>
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
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="68"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="77"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="89"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="348"/>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="350"/>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <location filename="../widgets/figure_export.cpp" line="352"/>
        <source>PNG (raster)</source>
        <translation>PNG (Raster)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="94"/>
        <source>Format:</source>
        <translation>Format:</translation>
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
        <translation>Auflösung:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="101"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="106"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="111"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="114"/>
        <source>Single column (3.25 in)</source>
        <translation>Einspaltig (3,25 in)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="115"/>
        <source>Double column (6.75 in)</source>
        <translation>Zweispaltig (6,75 in)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="116"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="117"/>
        <source>Width:</source>
        <translation>Breite:</translation>
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
        <translation>Eigene Breite:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="127"/>
        <source>auto (4:3)</source>
        <translation>auto (4:3)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="128"/>
        <source>Height:</source>
        <translation>Höhe:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="133"/>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="140"/>
        <source>Font size:</source>
        <translation>Schriftgröße:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="143"/>
        <source>Grey (black and white print)</source>
        <translation>Grau (Schwarz-Weiß-Druck)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="144"/>
        <source>Okabe–Ito (colour-blind safe)</source>
        <translation>Okabe–Ito (farbenblindtauglich)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="147"/>
        <source>As shown</source>
        <translation>Wie angezeigt</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="148"/>
        <source>Palette:</source>
        <translation>Palette:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="150"/>
        <source>Top right</source>
        <translation>Oben rechts</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="151"/>
        <source>Top left</source>
        <translation>Oben links</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="152"/>
        <source>Bottom right</source>
        <translation>Unten rechts</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="153"/>
        <source>Bottom left</source>
        <translation>Unten links</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="154"/>
        <source>Outside, on the right</source>
        <translation>Außerhalb, rechts</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="155"/>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="158"/>
        <source>Legend:</source>
        <translation>Legende:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="161"/>
        <source>X axis title:</source>
        <translation>Titel der x-Achse:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="162"/>
        <source>Y axis title:</source>
        <translation>Titel der y-Achse:</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="167"/>
        <source>Data beside the figure</source>
        <translation>Daten zur Abbildung</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="169"/>
        <source>CSV of the plotted points (.csv)</source>
        <translation>CSV der dargestellten Punkte (.csv)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="170"/>
        <source>pgfplots snippet for LaTeX (.tex)</source>
        <translation>pgfplots-Schnipsel für LaTeX (.tex)</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="238"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Zieldatei für den Export.</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="246"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="313"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>ef::widgets::Figure</name>
    <message>
        <location filename="../widgets/figure_renderer.cpp" line="354"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonDiffView</name>
    <message>
        <location filename="../widgets/json_diff.cpp" line="78"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="78"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="84"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="94"/>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location filename="../widgets/json_diff.cpp" line="106"/>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/json_diff.cpp" line="107"/>
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::widgets::JsonForm</name>
    <message>
        <location filename="../widgets/json_form.cpp" line="134"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
</context>
<context>
    <name>ef::widgets::LivePlot</name>
    <message numerus="yes">
        <location filename="../widgets/live_plot.cpp" line="298"/>
        <source>%n series: point at a line to see its name</source>
        <translation>
            <numerusform>%n Reihe: mit der Maus auf eine Linie zeigen, um ihren Namen zu sehen</numerusform>
            <numerusform>%n Reihen: mit der Maus auf eine Linie zeigen, um ihren Namen zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ef::widgets::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="52"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="53"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="54"/>
        <source>Information and above</source>
        <translation>Information und höher</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="55"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="56"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/log_panel.cpp" line="57"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>ef::widgets::PitHistogram</name>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="50"/>
        <source>first pit (step)</source>
        <translation>erster Fehlschritt (Pit) bei Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="51"/>
        <source>solutions</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="52"/>
        <source>first pit</source>
        <translation>erster Fehlschritt (Pit)</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="53"/>
        <source>no pit</source>
        <translation>kein Fehlschritt</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="83"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="93"/>
        <source>no solutions</source>
        <translation>keine Lösungen</translation>
    </message>
    <message>
        <location filename="../widgets/pit_histogram.cpp" line="94"/>
        <source>first pit in %1 of %2 solutions (%3%)</source>
        <translation>erster Fehlschritt (Pit) in %1 von %2 Lösungen (%3 %)</translation>
    </message>
</context>
<context>
    <name>ef::widgets::ScalingView</name>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="70"/>
        <source>Efficiency multiplier D_eff / D: how much more SFT data would reach the method&apos;s error at this size, read off the fitted SFT power law</source>
        <translation>Effizienzfaktor D_eff / D: wie viel mehr SFT-Daten nötig wären, um bei dieser Größe den Fehler der Methode zu erreichen, abgelesen am angepassten SFT-Potenzgesetz</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="137"/>
        <source> (extrap.)</source>
        <translation> (extrapol.)</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="149"/>
        <source>|D| = %1</source>
        <translation>|D| = %1</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="162"/>
        <source>D_eff lies outside the measured SFT sizes: extrapolated</source>
        <translation>D_eff liegt außerhalb der gemessenen SFT-Größen: extrapoliert</translation>
    </message>
    <message>
        <location filename="../widgets/scaling_view.cpp" line="167"/>
        <source>The 95% interval over seeds contains 1×: not distinguishable from SFT</source>
        <translation>Das 95-%-Intervall über die Seeds enthält 1×: nicht von SFT zu unterscheiden</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionListModel</name>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="94"/>
        <source>Lowest advantage A over the steps of this solution.</source>
        <translation>Kleinster Vorteil A über alle Schritte dieser Lösung.</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="119"/>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="121"/>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="123"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="125"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="127"/>
        <source>Pit</source>
        <translation>Fehlschritt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="129"/>
        <source>Min A</source>
        <translation>Min. A</translation>
    </message>
    <message>
        <location filename="../widgets/solution_list_model.cpp" line="131"/>
        <source>Spurious</source>
        <translation>Nutzlose</translation>
    </message>
</context>
<context>
    <name>ef::widgets::SolutionView</name>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="98"/>
        <location filename="../widgets/solution_view.cpp" line="224"/>
        <source>Completion</source>
        <translation>Fortsetzung</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Pit</source>
        <translation>Fehlschritt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Chosen</source>
        <translation>Bevorzugt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="99"/>
        <location filename="../widgets/solution_view.cpp" line="226"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="223"/>
        <source>No solution selected</source>
        <translation>Keine Lösung ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="240"/>
        <source>Rollouts (select a step)</source>
        <translation>Rollouts (Schritt auswählen)</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="242"/>
        <source>Rollouts after step %1: %2 of its %3 kept, %4 of them correct</source>
        <translation>Rollouts nach Schritt %1: %2 seiner %3 aufbewahrt, davon %4 richtig</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="247"/>
        <source>Rollouts after step %1: %2 correct of %3</source>
        <translation>Rollouts nach Schritt %1: %2 von %3 richtig</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="248"/>
        <source>Pairs (%1)</source>
        <translation>Paare (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/solution_view.cpp" line="249"/>
        <source>Step history</source>
        <translation>Schrittverlauf</translation>
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
        <translation>(Aufgabe: V(x))</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="79"/>
        <source>First pit under %1: no rollout from here succeeds.</source>
        <translation>Erste Grube unter %1: kein Rollout von hier aus gelingt.</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="89"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="90"/>
        <source>Step</source>
        <translation>Schritt</translation>
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
        <translation>A = Q̂ dieses Schritts minus Q̂ des vorigen, unter diesem Modell.</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_model.cpp" line="99"/>
        <source>Q̂: share of %1 rollouts from after this step that reach a correct answer, under this policy; ◆ marks its first pit.</source>
        <translation>Q̂: Anteil der %1 Rollouts nach diesem Schritt, die eine richtige Antwort erreichen, unter diesem Modell; ◆ markiert seine erste Grube.</translation>
    </message>
</context>
<context>
    <name>ef::widgets::StepHistoryView</name>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="87"/>
        <source>Rollouts per prefix:</source>
        <translation>Rollouts pro Präfix:</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="88"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="88"/>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="90"/>
        <source>Evaluate this solution&apos;s steps under every model of its cell&apos;s lineage (π_sft, RFT, each DPO variant of the same size and seed); results are kept in the workspace</source>
        <translation>Die Schritte dieser Lösung unter jedem Modell der Abstammung ihrer Zelle bewerten (π_sft, RFT, jede DPO-Variante gleicher Größe und gleichen Seeds); die Ergebnisse bleiben im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../widgets/step_history_view.cpp" line="93"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
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
        <translation>(Aufgabe: V(x))</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="58"/>
        <source>first pit</source>
        <translation>erster Fehlschritt (Pit)</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="59"/>
        <source>spurious</source>
        <translation>nutzlos</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="60"/>
        <source>useless by the task&apos;s rule</source>
        <translation>nutzlos nach der Regel der Aufgabe</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="70"/>
        <source>V(x) = %1: share of rollouts from the bare problem that reach a correct answer (%2).</source>
        <translation>V(x) = %1: Anteil der Rollouts ausgehend von der reinen Aufgabe, die eine richtige Antwort erreichen (%2).</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="73"/>
        <source>Q̂ = %1: share of rollouts started after step %2 that reach a correct answer (%3).</source>
        <translation>Q̂ = %1: Anteil der nach Schritt %2 gestarteten Rollouts, die eine richtige Antwort erreichen (%3).</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="78"/>
        <source>A = Q̂(step %1) − Q̂(step %2) = %3: how much this step changed the chance of success.</source>
        <translation>A = Q̂(Schritt %1) − Q̂(Schritt %2) = %3: wie stark dieser Schritt die Erfolgschance verändert hat.</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="84"/>
        <source>First pit: the first step from which no rollout succeeds.</source>
        <translation>Erster Fehlschritt (Pit): der erste Schritt, ab dem kein Rollout mehr erfolgreich ist.</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="87"/>
        <source>Spurious: a step of a correct solution that did not raise the chance of success (A ≤ 0).</source>
        <translation>Nutzlos: ein Schritt einer richtigen Lösung, der die Erfolgschance nicht erhöht hat (A ≤ 0).</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="91"/>
        <source>Useless by the task&apos;s rule: a restatement or a result that the next step does not use, as the teacher&apos;s inserted spurious steps are.</source>
        <translation>Nutzlos nach der Regel der Aufgabe: eine Wiederholung oder ein Ergebnis, das der nächste Schritt nicht verwendet, wie die vom Lehrer eingefügten unnötigen Schritte.</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="160"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="162"/>
        <source>Step</source>
        <translation>Schritt</translation>
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
        <translation>Rollouts</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="170"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="175"/>
        <source>Q̂: Monte-Carlo estimate of the chance that the policy reaches a correct answer when it continues after this step.</source>
        <translation>Q̂: Monte-Carlo-Schätzung der Wahrscheinlichkeit, dass die Policy eine richtige Antwort erreicht, wenn sie nach diesem Schritt fortfährt.</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="179"/>
        <source>A = Q̂ of this step minus Q̂ of the previous one (V(x) for step 1).</source>
        <translation>A = Q̂ dieses Schritts minus Q̂ des vorherigen (bei Schritt 1: V(x)).</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="181"/>
        <source>Successful rollouts / rollouts sampled from this prefix.</source>
        <translation>Erfolgreiche Rollouts / von diesem Präfix aus gesampelte Rollouts.</translation>
    </message>
    <message>
        <location filename="../widgets/step_table_model.cpp" line="183"/>
        <source>First pit: first step from which no rollout succeeds. Spurious: step of a correct solution with A ≤ 0.</source>
        <translation>Erster Fehlschritt (Pit): erster Schritt, ab dem kein Rollout mehr erfolgreich ist. Nutzlos: Schritt einer richtigen Lösung mit A ≤ 0.</translation>
    </message>
</context>
<context>
    <name>ef::widgets::detail</name>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="87"/>
        <source>%1: not an integer</source>
        <translation>%1: keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="90"/>
        <source>%1: must be &gt; %2</source>
        <translation>%1: muss &gt; %2 sein</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="91"/>
        <source>%1: must be &gt;= %2</source>
        <translation>%1: muss &gt;= %2 sein</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="92"/>
        <source>%1: must be &lt;= %2</source>
        <translation>%1: muss &lt;= %2 sein</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="234"/>
        <source>comma-separated values</source>
        <translation>kommagetrennte Werte</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="342"/>
        <location filename="../widgets/json_form_editors.cpp" line="373"/>
        <source>%1: not a number</source>
        <translation>%1: keine Zahl</translation>
    </message>
    <message>
        <location filename="../widgets/json_form_editors.cpp" line="355"/>
        <source>%1: not a JSON array</source>
        <translation>%1: kein JSON-Array</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="28"/>
        <source>Experiment workbench: RL on incorrect synthetic data</source>
        <translation>Experimentier-Werkbank: RL auf fehlerhaften synthetischen Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Displays version information.</source>
        <translation>Zeigt die Versionsinformationen an.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Run preset selected at start.</source>
        <translation>Beim Start auszuwählende Lauf-Voreinstellung.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Workspace database.</source>
        <translation>Datenbank des Arbeitsbereichs.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="42"/>
        <source>Start the selected preset at once (a sweep when it defines sizes).</source>
        <translation>Die ausgewählte Voreinstellung sofort starten (als Sweep, wenn sie Größen festlegt).</translation>
    </message>
</context>
</TS>
