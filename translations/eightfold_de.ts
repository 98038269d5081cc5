<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="48"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>optimizer step</source>
        <translation>Optimierungsschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <location filename="../app/gui/main_window.cpp" line="61"/>
        <location filename="../app/gui/main_window.cpp" line="127"/>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>test error / pass@k</source>
        <translation>Testfehler / pass@k</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="62"/>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>test error</source>
        <translation>Testfehler</translation>
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
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="71"/>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="85"/>
        <source>Run %1 started</source>
        <translation>Lauf %1 gestartet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="91"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="113"/>
        <source>Starting %1…</source>
        <translation>Starte %1 …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="121"/>
        <source>Cancelling…</source>
        <translation>Breche ab …</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>%1: step %2 of %3, ETA %4</source>
        <translation>%1: Schritt %2 von %3, verbleibend %4</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="148"/>
        <source>Run %1 finished: test error %2, pass@%3 %4, %5 s</source>
        <translation>Lauf %1 beendet: Testfehler %2, pass@%3 %4, %5 s</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="155"/>
        <source>Run %1 cancelled after %2 ms</source>
        <translation>Lauf %1 nach %2 ms abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Experiment workbench: RL on incorrect synthetic data</source>
        <translation>Experimentier-Werkbank: RL auf fehlerhaften synthetischen Daten</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="36"/>
        <source>Run preset selected at start.</source>
        <translation>Beim Start ausgewählte Laufvorlage.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>Workspace database.</source>
        <translation>Datenbank des Arbeitsbereichs.</translation>
    </message>
</context>
</TS>
