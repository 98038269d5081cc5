<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ef::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="35"/>
        <source>Eightfold</source>
        <translation>Eightfold</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="40"/>
        <source>Preset:</source>
        <translation>预设：</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="48"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="49"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>optimizer step</source>
        <translation>优化步数</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <location filename="../app/gui/main_window.cpp" line="61"/>
        <location filename="../app/gui/main_window.cpp" line="127"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>test error / pass@k</source>
        <translation>测试错误率 / pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="62"/>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>test error</source>
        <translation>测试错误率</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="63"/>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <source>pass@k</source>
        <translation>pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="67"/>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="71"/>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="85"/>
        <source>Run %1 started</source>
        <translation>运行 %1 已开始</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="91"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="113"/>
        <source>Starting %1…</source>
        <translation>正在启动 %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="121"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>%1: step %2 of %3, ETA %4</source>
        <translation>%1：第 %2 / %3 步，预计剩余 %4</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="148"/>
        <source>Run %1 finished: test error %2, pass@%3 %4, %5 s</source>
        <translation>运行 %1 完成：测试错误率 %2，pass@%3 %4，%5 秒</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>Run %1 cancelled after %2 ms</source>
        <translation>运行 %1 已在 %2 毫秒后取消</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>Run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Experiment workbench: RL on incorrect synthetic data</source>
        <translation>实验工作台：基于错误合成数据的强化学习</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Run preset selected at start.</source>
        <translation>启动时选中的运行预设。</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Workspace database.</source>
        <translation>工作区数据库。</translation>
    </message>
</context>
</TS>
