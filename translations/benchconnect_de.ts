<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>AdaptCommand</name>
    <message>
        <source>Convert tools' output, recognizing each file's format.</source>
        <translation>Werkzeugausgaben umwandeln und das Format jeder Datei erkennen.</translation>
    </message>
    <message>
        <source>Convert %1 output into Conbench results.</source>
        <translation>Ausgabe von %1 in Conbench-Ergebnisse umwandeln.</translation>
    </message>
    <message>
        <source>Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their defaults filled in as "augment result" does.</source>
        <translation>Liest %1 und gibt die darin enthaltenen Conbench-Ergebnisse als NDJSON aus, eines pro Zeile, mit Standardwerten ergänzt wie bei "augment result".</translation>
    </message>
    <message>
        <source>Reads the output files of benchmark tools, recognizes each file's format from its content (%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults filled in as "augment result" does. A file in no known format is an error that names it; --verbose says which format each file was read as.</source>
        <translation>Liest die Ausgabedateien von Benchmark-Werkzeugen, erkennt das Format jeder Datei an ihrem Inhalt (%1) und gibt die darin enthaltenen Conbench-Ergebnisse als NDJSON aus, eines pro Zeile, mit Standardwerten ergänzt wie bei "augment result". Eine Datei in keinem bekannten Format ist ein Fehler, der sie nennt; --verbose zeigt, in welchem Format jede Datei gelesen wurde.</translation>
    </message>
    <message>
        <source>The input is --path, a file or a folder (its files in name order, not recursive), or the file's content on standard input. The README's table says what each format's fields become.</source>
        <translation>Die Eingabe ist --path, eine Datei oder ein Ordner (dessen Dateien in Namensreihenfolge, nicht rekursiv), oder der Inhalt der Datei auf der Standardeingabe. Die Tabelle in der README zeigt, was aus den Feldern jedes Formats wird.</translation>
    </message>
    <message>
        <source>The tool's output file, or a folder of them.</source>
        <translation>Die Ausgabedatei des Werkzeugs oder ein Ordner solcher Dateien.</translation>
    </message>
    <message>
        <source>Give the tool's output with --path, or on standard input (see benchconnect %1 --help).</source>
        <translation>Die Ausgabe des Werkzeugs mit --path oder über die Standardeingabe angeben (siehe benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>The input holds no benchmark results.</source>
        <translation>Die Eingabe enthält keine Benchmark-Ergebnisse.</translation>
    </message>
    <message>
        <source>Refuse a file larger than MIB mebibytes (default %1); a file is read whole.</source>
        <translation>Eine Datei größer als MIB Mebibyte ablehnen (Standard %1); eine Datei wird vollständig gelesen.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>Die Standardeingabe enthält mehr als %L1 MiB; %2</translation>
    </message>
</context>
<context>
    <name>Adapter</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>kein gültiges JSON %1</translation>
    </message>
    <message>
        <source>%1 is a folder; %2 reads files</source>
        <translation>%1 ist ein Ordner; %2 liest Dateien</translation>
    </message>
    <message>
        <source>its "%1" is empty; give the benchmark's name</source>
        <translation>sein "%1" ist leer; geben Sie den Namen des Benchmarks an</translation>
    </message>
    <message>
        <source>its "%1" is not a string</source>
        <translation>sein "%1" ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>it has no "%1"</source>
        <translation>es hat kein "%1"</translation>
    </message>
    <message>
        <source>%1: the value %2 %3 is too large: in %4 it is beyond the largest number a result can hold. Check the value and its unit; nothing of the file is converted.</source>
        <translation>%1: Der Wert %2 %3 ist zu groß: in %4 liegt er jenseits der größten Zahl, die ein Ergebnis aufnehmen kann. Prüfen Sie den Wert und seine Einheit; nichts aus der Datei wird umgewandelt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values written as NaN or Infinity are read as null.</source>
        <translation>
            <numerusform>%Ln als NaN oder Infinity geschriebener Wert wird als null gelesen.</numerusform>
            <numerusform>%Ln als NaN oder Infinity geschriebene Werte werden als null gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Unbekanntes Format "%1"; die Formate sind: auto, %2.</translation>
    </message>
    <message>
        <source>%1: the folder holds no files.</source>
        <translation>%1: Ordner enthält keine Dateien.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: Datei oder Ordner nicht gefunden.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: Datei ist leer.</translation>
    </message>
    <message>
        <source>%1: not in a format benchconnect reads (%2).</source>
        <translation>%1: kein Format, das benchconnect liest (%2).</translation>
    </message>
    <message>
        <source>not a benchmark result: a JSON array; benchconnect reads one Conbench result object to a file (or one to a line, NDJSON) or a benchmark tool's output (%1)</source>
        <translation>kein Benchmark-Ergebnis: ein JSON-Array; benchconnect liest ein Conbench-Ergebnisobjekt pro Datei (oder eines pro Zeile, NDJSON) oder die Ausgabe eines Benchmark-Werkzeugs (%1)</translation>
    </message>
    <message>
        <source>not a benchmark result: JSON nested too deeply to be read (more than 1,024 arrays and objects inside one another): %1</source>
        <translation>kein Benchmark-Ergebnis: JSON zu tief verschachtelt, um gelesen zu werden (mehr als 1.024 Arrays und Objekte ineinander): %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1: gelesen als %2, %Ln Ergebnis.</numerusform>
            <numerusform>%1: gelesen als %2, %Ln Ergebnisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) #%3</source>
        <translation>%1 (%2) #%3</translation>
    </message>
    <message>
        <source>%1: read as %2, but it holds no results (--verbose says more).</source>
        <translation>%1: als %2 gelesen, enthält aber keine Ergebnisse (--verbose sagt mehr).</translation>
    </message>
    <message>
        <source>standard input looks like %1 output: give --format %2 (or --format auto) to read it whole in that format</source>
        <translation>die Standardeingabe sieht nach einer Ausgabe von %1 aus: mit --format %2 (oder --format auto) wird sie als Ganzes in diesem Format gelesen</translation>
    </message>
    <message>
        <source>standard input looks like one JSON document over several lines, not NDJSON (one object per line): give --format auto to read it whole</source>
        <translation>die Standardeingabe sieht nach einem JSON-Dokument über mehrere Zeilen aus, nicht nach NDJSON (ein Objekt pro Zeile): mit --format auto wird sie als Ganzes gelesen</translation>
    </message>
</context>
<context>
    <name>AugmentCommand</name>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Fill in the defaults of results and print them (no server).</source>
        <translation>Standardwerte von Ergebnissen ergänzen und ausgeben (ohne Server).</translation>
    </message>
    <message>
        <source>Fill in the defaults of runs and print them (no server).</source>
        <translation>Standardwerte von Läufen ergänzen und ausgeben (ohne Server).</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark result needs and the user left out or set to null, and prints each result as one line of JSON. A value you give is never replaced.

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context), and run_name ("REASON: COMMIT" when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation>Ergänzt die Felder, die ein Benchmark-Ergebnis braucht und die fehlen oder auf null gesetzt sind, und gibt jedes Ergebnis als eine JSON-Zeile aus. Ein angegebener Wert wird nie ersetzt.

Standardwerte: batch_id (eine neue zufällige ID), timestamp (jetzt, UTC), tags, info und context ({}), machine_info (dieser Rechner, sofern cluster_info nicht angegeben ist), github (aus den Variablen CONBENCH_PROJECT_*; "github": null bedeutet kein Commit-Kontext) und run_name ("ANLASS: COMMIT", wenn run_reason und ein Commit bekannt sind). Leere optionale Felder werden weggelassen. Ein Ergebnis, das nicht gesendet werden könnte (weder stats noch error, oder nicht genau eines von machine_info und cluster_info), wird mit einer Warnung ausgegeben.</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name ("REASON: COMMIT" when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context). finished_timestamp, error_type and error_info are left out until given.

"run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".</source>
        <translation>Ergänzt die Felder, die ein Benchmark-Lauf braucht und die fehlen oder auf null gesetzt sind, und gibt jeden Lauf als eine JSON-Zeile aus. Ein angegebener Wert wird nie ersetzt.

Standardwerte: id (eine neue zufällige ID), name ("ANLASS: COMMIT", wenn Anlass und Commit bekannt sind), info ({}), machine_info (dieser Rechner, sofern cluster_info nicht angegeben ist) und github (aus den Variablen CONBENCH_PROJECT_*; "github": null bedeutet kein Commit-Kontext). finished_timestamp, error_type und error_info werden weggelassen, bis sie angegeben werden.

"run_reason" und "run_name", die Namen aus den Ergebnissen, werden als "reason" und "name" des Laufs übernommen.</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>Die Eingabe enthält keine JSON-Objekte.</translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>"github" must be an object with "repository" and "commit", or null.</source>
        <translation>"github" muss ein Objekt mit "repository" und "commit" sein, oder null.</translation>
    </message>
    <message>
        <source>"github" lacks %1; give both "repository" and "commit", or null for no commit context.</source>
        <translation>In "github" fehlt: %1; "repository" und "commit" angeben, oder null für keinen Commit-Kontext.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>"github.repository" is "%1", not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"github.repository" ist "%1", kein GitHub-Repository; org/repo oder https://github.com/org/repo verwenden.</translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation>Dieses Ergebnis kann noch nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>the run gives both "%1" (%2) and "%3" (%4); give one of them.</source>
        <translation>der Lauf gibt sowohl "%1" (%2) als auch "%3" (%4) an; nur eines davon angeben.</translation>
    </message>
    <message>
        <source>"%1" is taken as the run's "%2".</source>
        <translation>"%1" wird als "%2" des Laufs übernommen.</translation>
    </message>
    <message>
        <source>The run has no "reason" (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation>Der Lauf hat keinen Anlass ("reason", etwa commit, pull-request oder nightly); Conbench gruppiert Läufe danach.</translation>
    </message>
    <message>
        <source>it holds both "machine_info" and "cluster_info"; give exactly one.</source>
        <translation>es enthält sowohl "machine_info" als auch "cluster_info"; genau eines angeben.</translation>
    </message>
    <message>
        <source>it holds neither "machine_info" nor "cluster_info"; give exactly one.</source>
        <translation>es enthält weder "machine_info" noch "cluster_info"; genau eines angeben.</translation>
    </message>
    <message>
        <source>it holds neither "stats" nor "error".</source>
        <translation>es enthält weder "stats" noch "error".</translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message>
        <source>the benchmark failed</source>
        <translation>der Benchmark ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the benchmark "%1" has neither a mean nor a failure</source>
        <translation>der Benchmark "%1" hat weder einen Mittelwert noch einen Fehlschlag</translation>
    </message>
    <message>
        <source>benchmark %1 (in test case "%2"): %3</source>
        <translation>Benchmark %1 (im Testfall "%2"): %3</translation>
    </message>
    <message>
        <source>not valid XML (%1 at line %2)</source>
        <translation>kein gültiges XML (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>not Catch2 XML: it has no &lt;Catch&gt; element</source>
        <translation>kein Catch2-XML: Es enthält kein &lt;Catch&gt;-Element</translation>
    </message>
    <message numerus="yes">
        <source>Catch2's XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>Das XML von Catch2 enthält keine Messwerte: Der Mittelwert von %Ln Benchmark ist sein einziger Datenpunkt, mit der Standardabweichung daneben.</numerusform>
            <numerusform>Das XML von Catch2 enthält keine Messwerte: Der Mittelwert jedes der %Ln Benchmarks ist sein einziger Datenpunkt, mit der Standardabweichung daneben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch2 XML (-r xml)</source>
        <translation>Catch2-XML (-r xml)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results against the server's rules, without sending them.</source>
        <translation>Ergebnisse anhand der Regeln des Servers prüfen, ohne sie zu senden.</translation>
    </message>
    <message>
        <source>Checks each result, as it is given, against what a Conbench server refuses: the schema of its API (the OpenAPI document of its generation, checked as Conbench's marshmallow does), the rules about the result as a whole (machine_info or cluster_info, stats or error, a GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name present, a unit it knows). No server is needed.

Prints one line for each invalid result: where it came from (its file or NDJSON line), the field, and why. Exit status 0 when every result is valid, 3 when any is not; with --quiet nothing is printed.

Without --generation a result counts as invalid only when servers of both generations would refuse it. "submit result" and "post result" make the same check before they send anything ("submit result" with the generation "start run" found).</source>
        <translation>Prüft jedes Ergebnis, so wie es angegeben ist, gegen das, was ein Conbench-Server ablehnt: das Schema seiner API (das OpenAPI-Dokument seiner Generation, geprüft wie mit Conbenchs marshmallow), die Regeln für das Ergebnis als Ganzes (machine_info oder cluster_info, stats oder error, eine GitHub-Repository-URL) und die Prüfungen, die Conbench beim Speichern eines Ergebnisses vornimmt (tags.name vorhanden, eine bekannte Einheit). Ein Server wird nicht benötigt.

Gibt für jedes ungültige Ergebnis eine Zeile aus: woher es stammt (seine Datei oder NDJSON-Zeile), das Feld und den Grund. Exit-Status 0, wenn alle Ergebnisse gültig sind, 3, wenn eines es nicht ist; mit --quiet wird nichts ausgegeben.

Ohne --generation gilt ein Ergebnis nur dann als ungültig, wenn Server beider Generationen es ablehnen würden. "submit result" und "post result" führen dieselbe Prüfung durch, bevor sie etwas senden ("submit result" mit der Generation, die "start run" ermittelt hat).</translation>
    </message>
    <message>
        <source>Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with runs as entities) or current (later ones). Default: only what both refuse.</source>
        <translation>Mit den Regeln dieser Generation von Conbench-Servern prüfen: 2023 (bis August 2023, mit Läufen als Entitäten) oder current (spätere). Standard: nur, was beide ablehnen.</translation>
    </message>
    <message>
        <source>--generation "%1" is not a generation of Conbench servers; give 2023 or current.</source>
        <translation>--generation "%1" ist keine Generation von Conbench-Servern; 2023 oder current angeben.</translation>
    </message>
    <message>
        <source>the rules of Conbench servers up to August 2023</source>
        <translation>den Regeln der Conbench-Server bis August 2023</translation>
    </message>
    <message>
        <source>the rules of current Conbench servers</source>
        <translation>den Regeln aktueller Conbench-Server</translation>
    </message>
    <message>
        <source>the rules both generations of Conbench servers share</source>
        <translation>den gemeinsamen Regeln beider Generationen von Conbench-Servern</translation>
    </message>
    <message>
        <source>%1 (by %2).</source>
        <translation>%1 (nach %2).</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>Die Eingabe enthält keine JSON-Objekte.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results valid by %1.</source>
        <translation>
            <numerusform>%Ln Ergebnis gültig nach %1.</numerusform>
            <numerusform>%Ln Ergebnisse gültig nach %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>CheckedResultSource</name>
    <message numerus="yes">
        <source>%Ln of %L1 results would be refused by the server</source>
        <translation>
            <numerusform>%Ln von %L1 Ergebnissen würde vom Server abgelehnt</numerusform>
            <numerusform>%Ln von %L1 Ergebnissen würden vom Server abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT, or run in the project's git checkout</source>
        <translation>der Server braucht zu jedem Ergebnis github (Repository und Commit): CONBENCH_PROJECT_REPOSITORY und CONBENCH_PROJECT_COMMIT setzen oder im Git-Checkout des Projekts ausführen</translation>
    </message>
</context>
<context>
    <name>CiEnvironment</name>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) could not be read: %2.</source>
        <translation>Die Ereignisdatei %1 (GITHUB_EVENT_PATH) konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.</source>
        <translation>Die Ereignisdatei %1 (GITHUB_EVENT_PATH) ist kein JSON-Objekt: %2.</translation>
    </message>
    <message>
        <source>%1 in GITHUB_EVENT_PATH</source>
        <translation>%1 in GITHUB_EVENT_PATH</translation>
    </message>
    <message>
        <source>GITHUB_SHA (%1) is not the pull request's head commit; the head commit is used.</source>
        <translation>GITHUB_SHA (%1) ist nicht der Head-Commit des Pull-Requests; der Head-Commit wird verwendet.</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab's, not a GitHub pull request; it is not sent as a pull request number.</source>
        <translation>Merge-Request !%1 (CI_MERGE_REQUEST_IID) gehört zu GitLab und ist kein GitHub-Pull-Request; er wird nicht als Pull-Request-Nummer gesendet.</translation>
    </message>
    <message>
        <source>Buildkite</source>
        <translation>Buildkite</translation>
    </message>
    <message>
        <source>Jenkins</source>
        <translation>Jenkins</translation>
    </message>
    <message>
        <source>CircleCI</source>
        <translation>CircleCI</translation>
    </message>
    <message>
        <source>Azure Pipelines</source>
        <translation>Azure Pipelines</translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>%1 "%2" has a query, fragment or user name; give only the server's address.</source>
        <translation>%1 "%2" enthält einen Abfrageteil, ein Fragment oder einen Benutzernamen; nur die Adresse des Servers angeben.</translation>
    </message>
    <message>
        <source>%1 "%2" ends with /api; give the server's address without it (%3).</source>
        <translation>%1 "%2" endet auf /api; die Adresse des Servers ohne /api angeben (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>%1 "%2" ist keine http://- oder https://-Adresse mit Host wie etwa https://conbench.example.org.</translation>
    </message>
    <message>
        <source>%1 is not set; set it to the Conbench server's address, such as https://conbench.example.org.</source>
        <translation>%1 ist nicht gesetzt; auf die Adresse des Conbench-Servers setzen, etwa https://conbench.example.org.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation>CONBENCH_PASSWORD ist gesetzt, aber leer; wird ignoriert.</translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation>CONBENCH_EMAIL ist gesetzt, CONBENCH_PASSWORD aber nicht; zum Anmelden beide setzen, für einen öffentlichen Server keine.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation>CONBENCH_PASSWORD ist gesetzt, CONBENCH_EMAIL aber nicht; keine Anmeldung.</translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE="%1" is not a number of seconds.</source>
        <translation>BENCHCONNECT_RETRY_DEADLINE="%1" ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation>Die Anmeldedaten von %1 würden unverschlüsselt über http:// an %2 übertragen; https:// verwenden, außer in einem rein eigenen Netz.</translation>
    </message>
    <message>
        <source>The server profile "%1" has the URL "%2", which is not an http:// or https:// address of a server (without /api); correct it in the window's Preferences &gt; Servers.</source>
        <translation>Das Serverprofil "%1" hat die URL "%2", die keine http://- oder https://-Adresse eines Servers (ohne /api) ist; im Fenster unter Einstellungen &gt; Server korrigieren.</translation>
    </message>
    <message>
        <source>There is no server profile "%1": %2 holds no profiles; add them in the window's Preferences &gt; Servers.</source>
        <translation>Es gibt kein Serverprofil "%1": %2 enthält keine Profile; diese im Fenster unter Einstellungen &gt; Server hinzufügen.</translation>
    </message>
    <message>
        <source>There is no server profile "%1"; the profiles in %2 are: %3.</source>
        <translation>Es gibt kein Serverprofil "%1"; die Profile in %2 sind: %3.</translation>
    </message>
    <message>
        <source>The server profile "%1" logs in as %2 but CONBENCH_PASSWORD is not set; set it (the command-line program does not read the keychain).</source>
        <translation>Das Serverprofil "%1" meldet sich als %2 an, aber CONBENCH_PASSWORD ist nicht gesetzt; diese Variable setzen (das Befehlszeilenprogramm liest den Schlüsselbund nicht).</translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT="%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>BENCHCONNECT_MAX_IN_FLIGHT="%1" ist weder "auto" noch eine Zahl von 1 bis 64.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
    <message>
        <source>Interrupted a second time: quit at once.</source>
        <translation>Ein zweites Mal unterbrochen: sofort beendet.</translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation>Der Conbench-Server, ohne /api (erforderlich).</translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation>Mit diesem Konto anmelden (für einen privaten Server).</translation>
    </message>
    <message>
        <source>The account's password; never printed.</source>
        <translation>Das Passwort des Kontos; wird nie ausgegeben.</translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation>org/repo oder https://github.com/org/repo: github.repository.</translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation>Der Commit-SHA aus 40 Hex-Zeichen: github.commit.</translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation>Die Pull-Request-Nummer: github.pr_number (BENCHMARKABLE_PR_NUMBER wird auch gelesen).</translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation>Ersetzt den als machine_info.name gesendeten Hostnamen.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Verwendung: %1 %2 [Optionen]</translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation>Eingabe (eine angeben; --json hat Vorrang vor NDJSON, NDJSON vor --path):</translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation>Ein %1 als JSON-Objekt.</translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; "-", or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation>Zeilenweises JSON (NDJSON), ein %1 pro Zeile, als Argument; mit "-" wird es von der Standardeingabe gelesen, ebenso ohne andere Eingabe, wenn die Standardeingabe kein Terminal ist.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Print what is done, step by step (never a password).</source>
        <translation>Schritt für Schritt ausgeben, was geschieht (nie ein Passwort).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>A file holding one %1, or a directory of them.</source>
        <translation>Eine Datei mit einem %1 oder ein Verzeichnis solcher Dateien.</translation>
    </message>
    <message>
        <source>%1 (see %2 %3 --help)</source>
        <translation>%1 (siehe %2 %3 --help)</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see %2 %3 --help)</source>
        <translation>Unerwartetes Argument "%1" (siehe %2 %3 --help)</translation>
    </message>
    <message>
        <source>-q (--quiet) prints only errors and -v (--verbose) every step: give one of them, not both (see %1 %2 --help).</source>
        <translation>-q (--quiet) gibt nur Fehler aus und -v (--verbose) jeden Schritt: eine der beiden Optionen angeben, nicht beide (siehe %1 %2 --help).</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one; anything else named *.json there (a FIFO, a dangling link, a directory) is an error.</source>
        <translation>Eine Datei mit einem %1 als JSON-Objekt oder ein Verzeichnis, dessen *.json-Dateien (nicht rekursiv) je ein solches enthalten; alles andere dort mit dem Namen *.json (ein FIFO, ein ins Leere zeigender Link, ein Verzeichnis) ist ein Fehler.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes (default %1). Reading one takes several times its size in memory.</source>
        <translation>Eine Datei oder NDJSON-Zeile ablehnen, die größer als MIB Mebibyte ist (Standard: %1). Das Einlesen belegt ein Mehrfaches ihrer Größe im Speicher.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes.</source>
        <translation>Eine Datei oder NDJSON-Zeile ablehnen, die größer als MIB Mebibyte ist.</translation>
    </message>
    <message>
        <source>raise the limit with --max-input-size MIB if it is meant to be this large</source>
        <translation>die Grenze mit --max-input-size MIB anheben, falls die Eingabe so groß sein soll</translation>
    </message>
    <message>
        <source>--%1 was given an empty value (an unset shell variable?); give %2, or leave the option out (see %3 %4 --help).</source>
        <translation>--%1 wurde mit leerem Wert angegeben (eine nicht gesetzte Shell-Variable?); %2 angeben oder die Option weglassen (siehe %3 %4 --help).</translation>
    </message>
    <message>
        <source>--max-input-size "%1" is not a positive number of mebibytes (at most %2).</source>
        <translation>--max-input-size "%1" ist keine positive Anzahl von Mebibyte (höchstens %2).</translation>
    </message>
    <message>
        <source>%1 is set but blank; set it to the outbox directory, or unset it for the default (~/.local/share/benchconnect/outbox).</source>
        <translation>%1 ist gesetzt, aber leer; auf das Postausgangsverzeichnis setzen oder die Variable entfernen, um den Standard zu verwenden (~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>%1 is set but blank; ignoring it (--outbox is given).</source>
        <translation>%1 ist gesetzt, aber leer; wird ignoriert (--outbox ist angegeben).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox storage; 130 interrupted (see %1 --help).</source>
        <translation>Exit-Status: 0 Erfolg; 1 Arbeit teilweise nicht erledigt; 2 Verwendung; 3 Eingabe; 4 Konfiguration; 5 vom Server abgelehnt; 6 Server nicht erreichbar; 7 Laufzustand; 8 Regressionen gefunden; 9 Speicher des Postausgangs; 130 unterbrochen (siehe %1 --help).</translation>
    </message>
    <message>
        <source>A file or a directory: %1s as JSON, or a benchmark tool's output (see --format).</source>
        <translation>Eine Datei oder ein Verzeichnis: %1-JSON oder die Ausgabe eines Benchmark-Werkzeugs (siehe --format).</translation>
    </message>
    <message>
        <source>The format of the input: auto (the default for --path: each file's format from its content), conbench, or a tool's (%1). With --format, standard input is read whole in that format.</source>
        <translation>Das Format der Eingabe: auto (Standard für --path: das Format jeder Datei nach ihrem Inhalt), conbench oder das eines Werkzeugs (%1). Mit --format wird die Standardeingabe vollständig in diesem Format gelesen.</translation>
    </message>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Unbekanntes Format "%1"; die Formate sind: auto, %2.</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path wurde ein leerer Wert übergeben.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>Die Standardeingabe enthält mehr als %L1 MiB; %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>CommandLineBuilder</name>
    <message>
        <source>Run tags (%1) are not part of a run: the command-line program sends the run_tags each result file holds.</source>
        <translation>Lauf-Tags (%1) gehören nicht zu einem Lauf: Das Befehlszeilenprogramm sendet die run_tags, die jede Ergebnisdatei enthält.</translation>
    </message>
    <message>
        <source>The password is not copied. Set it first, without echoing it: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</source>
        <translation>Das Passwort wird nicht kopiert. Es zuerst ohne Echo setzen: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>Left out, as in the window (cannot be sent): %1</source>
        <translation>Weggelassen wie im Fenster (kann nicht gesendet werden): %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a run with its baseline; fail a CI job on a regression.</source>
        <translation>Einen Lauf mit seiner Baseline vergleichen; einen CI-Job bei einer Regression fehlschlagen lassen.</translation>
    </message>
    <message>
        <source>Compares the results of a run with those of its baseline run, as the Conbench server pairs and analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row per benchmark: its name and tags, the unit, the baseline's and the run's value, the change in percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), and a verdict: regression, improvement, no change, new, missing, error, or not compared (the server made no analysis of the two results, or their units differ). Regressions come first, then errors, then the largest changes.

RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last "finish run" here finished. The baseline is the first of the server's candidate baseline runs that exists (parent commit, fork point, latest default-branch commit), or the one named with --baseline, or the run whose id --baseline gives. When there is none, the server's reason for each candidate is printed and the exit status is 0. Servers up to 2023 name no candidates: there only --baseline RUN_ID works.

With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is appended to that file whatever --format says.</source>
        <translation>Vergleicht die Ergebnisse eines Laufs mit denen seines Baseline-Laufs, so wie der Conbench-Server sie paart und auswertet (GET /api/compare/runs/BASELINE...RUN/, alle Seiten davon), und gibt eine Zeile pro Benchmark aus: Name und Tags, die Einheit, den Wert der Baseline und des Laufs, die Änderung in Prozent und den Lookback-z-Wert (beide negativ, wenn der Lauf schlechter ist, wie bei Conbench) sowie eine Bewertung: Regression, Verbesserung, keine Änderung, neu, fehlt, Fehler oder nicht verglichen (der Server hat die beiden Ergebnisse nicht ausgewertet, oder ihre Einheiten unterscheiden sich). Zuerst kommen Regressionen, dann Fehler, dann die größten Änderungen.

RUN_ID ist standardmäßig der hier gestartete Lauf (benchconnect-state.json), sonst der Lauf, den das letzte "finish run" hier beendet hat. Die Baseline ist der erste existierende Baseline-Kandidat des Servers (Eltern-Commit, Abzweigpunkt, neuester Commit des Standard-Branchs), der mit --baseline genannte Kandidat oder der Lauf, dessen ID --baseline angibt. Gibt es keinen, wird für jeden Kandidaten die Begründung des Servers ausgegeben, und der Exit-Status ist 0. Server bis 2023 nennen keine Kandidaten: Dort funktioniert nur --baseline RUN_ID.

Mit --fail-on ist der Exit-Status 8, wenn der Vergleich zeigt, was die Option nennt: So schlägt ein CI-Job bei einer Regression fehl. Ist GITHUB_STEP_SUMMARY gesetzt (GitHub Actions), wird die Markdown-Zusammenfassung an diese Datei angehängt, unabhängig von --format.</translation>
    </message>
    <message>
        <source>The baseline: parent, fork_point, latest_default (a candidate the server names), or a run id. Default: the first candidate that exists, in that order.</source>
        <translation>Die Baseline: parent, fork_point, latest_default (ein vom Server genannter Kandidat) oder eine Lauf-ID. Standard: der erste existierende Kandidat in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Call a change larger than PERCENT a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Eine Änderung über PERCENT Prozent als Regression oder Verbesserung werten (wird an den Server übergeben; dessen Standard ist 5).</translation>
    </message>
    <message>
        <source>Call a lookback z-score beyond Z a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Einen Lookback-z-Wert jenseits von Z als Regression oder Verbesserung werten (wird an den Server übergeben; dessen Standard ist 5).</translation>
    </message>
    <message>
        <source>Print the comparison as text (default), markdown (a summary for a pull-request comment) or json.</source>
        <translation>Den Vergleich als text (Standard), markdown (eine Zusammenfassung für einen Pull-Request-Kommentar) oder json ausgeben.</translation>
    </message>
    <message>
        <source>Exit with status 8 when the comparison shows a regression, an error, any of those or a benchmark missing or not compared (any), or never (default).</source>
        <translation>Mit Status 8 beenden, wenn der Vergleich eine Regression (regression), einen Fehler (error), eines davon oder einen fehlenden oder nicht verglichenen Benchmark (any) zeigt, oder nie (never, Standard).</translation>
    </message>
    <message>
        <source>Read the comparison N benchmarks a page (default: the server's).</source>
        <translation>Den Vergleich mit N Benchmarks pro Seite lesen (Standard: Vorgabe des Servers).</translation>
    </message>
    <message>
        <source>The run to compare (default: the run started here, else the one "finish run" finished last here).</source>
        <translation>Der zu vergleichende Lauf (Standard: der hier gestartete Lauf, sonst der, den "finish run" hier zuletzt beendet hat).</translation>
    </message>
    <message>
        <source>Give one run id; got %1 (see benchconnect compare run --help).</source>
        <translation>Genau eine Lauf-ID angeben; erhalten: %1 (siehe benchconnect compare run --help).</translation>
    </message>
    <message>
        <source>No run to compare: give its id (benchconnect compare run RUN_ID), or run this where "start run" or "finish run" ran.</source>
        <translation>Kein Lauf zum Vergleichen: seine ID angeben (benchconnect compare run RUN_ID) oder dies dort ausführen, wo "start run" oder "finish run" lief.</translation>
    </message>
    <message>
        <source>Run %1 was sent to %2, not to %3; comparing it on %3.</source>
        <translation>Lauf %1 wurde an %2 gesendet, nicht an %3; er wird auf %3 verglichen.</translation>
    </message>
    <message>
        <source>--threshold "%1" is not a positive number of percent.</source>
        <translation>--threshold "%1" ist keine positive Prozentzahl.</translation>
    </message>
    <message>
        <source>--threshold-z "%1" is not a positive number.</source>
        <translation>--threshold-z "%1" ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>--page-size "%1" is not a number from 1 to 1000.</source>
        <translation>--page-size "%1" ist keine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not one of text, markdown, json.</source>
        <translation>--%1 "%2" ist nicht text, markdown oder json.</translation>
    </message>
    <message>
        <source>--fail-on "%1" is not one of regression, error, any, never.</source>
        <translation>--fail-on "%1" ist nicht regression, error, any oder never.</translation>
    </message>
    <message>
        <source>GITHUB_STEP_SUMMARY: cannot append to %1: %2</source>
        <translation>GITHUB_STEP_SUMMARY: Anhängen an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Nothing compared: run %1 has no baseline.</source>
        <translation>Nichts verglichen: Lauf %1 hat keine Baseline.</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare (this server keeps a run only through its results).</source>
        <translation>Lauf %1 enthält auf dem Server keine Ergebnisse: nichts zu vergleichen (dieser Server führt einen Lauf nur über seine Ergebnisse).</translation>
    </message>
    <message>
        <source>The comparison fails the gate (--fail-on %1): %2.</source>
        <translation>Der Vergleich besteht die Prüfung nicht (--fail-on %1): %2.</translation>
    </message>
    <message>
        <source>%1; give the run's id: benchconnect compare run RUN_ID.</source>
        <translation>%1; geben Sie die ID des Laufs an: benchconnect compare run RUN_ID.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>The run to compare (the last one submitted)</source>
        <translation>Der zu vergleichende Lauf (der zuletzt übermittelte)</translation>
    </message>
    <message>
        <source>First candidate the server offers</source>
        <translation>Erster Kandidat, den der Server anbietet</translation>
    </message>
    <message>
        <source>Parent commit</source>
        <translation>Eltern-Commit</translation>
    </message>
    <message>
        <source>Fork point</source>
        <translation>Abzweigpunkt</translation>
    </message>
    <message>
        <source>Latest default-branch commit</source>
        <translation>Neuester Commit des Standard-Branchs</translation>
    </message>
    <message>
        <source>A candidate baseline the server names, or type the id of a baseline run</source>
        <translation>Ein vom Server genannter Baseline-Kandidat; oder die ID eines Baseline-Laufs eingeben</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Server-Standard</translation>
    </message>
    <message>
        <source>A change larger than this is a regression or improvement</source>
        <translation>Eine größere Änderung gilt als Regression oder Verbesserung</translation>
    </message>
    <message>
        <source>A lookback z-score beyond this is a regression or improvement</source>
        <translation>Ein Lookback-z-Wert jenseits davon gilt als Regression oder Verbesserung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Read the comparison from the server again (its z-scores change as history arrives)</source>
        <translation>Den Vergleich erneut vom Server lesen (seine z-Werte ändern sich mit wachsender Historie)</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>Benchmarks filtern</translation>
    </message>
    <message>
        <source>Submit a run, or enter a run's id, then compare it with its baseline.</source>
        <translation>Einen Lauf übermitteln oder die ID eines Laufs eingeben, dann mit seiner Baseline vergleichen.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Baseline:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <source>z:</source>
        <translation>z:</translation>
    </message>
    <message>
        <source>Enter the id of the run to compare.</source>
        <translation>Die ID des zu vergleichenden Laufs eingeben.</translation>
    </message>
    <message>
        <source>Set the server first.</source>
        <translation>Zuerst den Server einstellen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Comparing run %1…</source>
        <translation>Lauf %1 wird verglichen…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Keiner: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>Lauf %1 hat keine Baseline zum Vergleichen: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2: %3.</source>
        <translation>Lauf %1 mit Baseline-Lauf %2 verglichen: %3.</translation>
    </message>
    <message>
        <source>Open the comparison on the server</source>
        <translation>Den Vergleich auf dem Server öffnen</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Reading run %1</source>
        <translation>Lauf %1 wird gelesen</translation>
    </message>
    <message>
        <source>Run %1 is not on the server (404): check the run id. (A current Conbench server holds a run only once it has stored one of its results.)</source>
        <translation>Lauf %1 ist nicht auf dem Server (404): die Lauf-ID prüfen. (Ein aktueller Conbench-Server führt einen Lauf erst, wenn er eines seiner Ergebnisse gespeichert hat.)</translation>
    </message>
    <message>
        <source>Run %1 could not be read: %2</source>
        <translation>Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The baseline run %1 is not on the server (404): check the id given with --baseline.</source>
        <translation>Der Baseline-Lauf %1 ist nicht auf dem Server (404): die mit --baseline angegebene ID prüfen.</translation>
    </message>
    <message>
        <source>The baseline run %1 could not be read: %2</source>
        <translation>Der Baseline-Lauf %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline's run id with --baseline RUN_ID.</source>
        <translation>dieser Conbench-Server (2023 oder älter) nennt keine Baseline-Kandidaten; die Lauf-ID der Baseline mit --baseline RUN_ID angeben.</translation>
    </message>
    <message>
        <source>no baseline run found</source>
        <translation>kein Baseline-Lauf gefunden</translation>
    </message>
    <message>
        <source>the server named no candidate baseline runs</source>
        <translation>der Server hat keine Baseline-Kandidaten genannt</translation>
    </message>
    <message>
        <source>the server named no %1 candidate</source>
        <translation>der Server hat keinen Kandidaten %1 genannt</translation>
    </message>
    <message>
        <source>Reading page %1 of the comparison</source>
        <translation>Seite %1 des Vergleichs wird gelesen</translation>
    </message>
    <message>
        <source>The server has no comparison of runs %1 and %2 (404): %3</source>
        <translation>Der Server hat keinen Vergleich der Läufe %1 und %2 (404): %3</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>Der Vergleich konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server's comparison is not in a form Conbench answers with.</source>
        <translation>Der Vergleich des Servers hat nicht die Form einer Conbench-Antwort.</translation>
    </message>
    <message>
        <source>The server's comparison pages do not end (cursor %1 again).</source>
        <translation>Die Vergleichsseiten des Servers enden nicht (erneut Cursor %1).</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare.</source>
        <translation>Lauf %1 enthält auf dem Server keine Ergebnisse: nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds no run id</source>
        <translation>%1 ist beschädigt: Es enthält keine Lauf-ID</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Prüfling</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>%1
Double-click to open the result's page: %2</source>
        <translation>%1
Doppelklick öffnet die Seite des Ergebnisses: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>parent commit</source>
        <translation>Eltern-Commit</translation>
    </message>
    <message>
        <source>fork point</source>
        <translation>Abzweigpunkt</translation>
    </message>
    <message>
        <source>latest default-branch commit</source>
        <translation>neuester Commit des Standard-Branchs</translation>
    </message>
    <message>
        <source>given with --baseline</source>
        <translation>mit --baseline angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln regressions</source>
        <translation>
            <numerusform>%Ln Regression</numerusform>
            <numerusform>%Ln Regressionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvements</source>
        <translation>
            <numerusform>%Ln Verbesserung</numerusform>
            <numerusform>%Ln Verbesserungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without change</source>
        <translation>
            <numerusform>%Ln ohne Änderung</numerusform>
            <numerusform>%Ln ohne Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln mit Fehler</numerusform>
            <numerusform>%Ln mit Fehlern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln fehlt</numerusform>
            <numerusform>%Ln fehlen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compared</source>
        <translation>
            <numerusform>%Ln nicht verglichen</numerusform>
            <numerusform>%Ln nicht verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>Lauf %1 hat keine Baseline zum Vergleichen: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2 (%3).</source>
        <translation>Lauf %1 mit Baseline-Lauf %2 verglichen (%3).</translation>
    </message>
    <message>
        <source>The two runs share no benchmarks.</source>
        <translation>Die beiden Läufe haben keine gemeinsamen Benchmarks.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Prüfling</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-Wert</translation>
    </message>
    <message>
        <source>Benchmark comparison: no baseline</source>
        <translation>Benchmark-Vergleich: keine Baseline</translation>
    </message>
    <message>
        <source>Run `%1` has no baseline to compare with: %2</source>
        <translation>Lauf `%1` hat keine Baseline zum Vergleichen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>Benchmark-Vergleich: %Ln Regression</numerusform>
            <numerusform>Benchmark-Vergleich: %Ln Regressionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark comparison: no regressions</source>
        <translation>Benchmark-Vergleich: keine Regressionen</translation>
    </message>
    <message>
        <source>Benchmark comparison: no benchmark compared</source>
        <translation>Benchmark-Vergleich: kein Benchmark verglichen</translation>
    </message>
    <message>
        <source>Benchmark comparison: %1</source>
        <translation>Benchmark-Vergleich: %1</translation>
    </message>
    <message>
        <source>Run `%1` compared with baseline run `%2` (%3)</source>
        <translation>Lauf `%1` mit Baseline-Lauf `%2` verglichen (%3)</translation>
    </message>
    <message>
        <source>comparison on Conbench</source>
        <translation>Vergleich auf Conbench</translation>
    </message>
    <message>
        <source>change threshold %1 %</source>
        <translation>Schwellenwert für Änderungen %1 %</translation>
    </message>
    <message>
        <source>the server's change threshold</source>
        <translation>Schwellenwert des Servers für Änderungen</translation>
    </message>
    <message>
        <source>z-score threshold %1</source>
        <translation>Schwellenwert für z-Werte %1</translation>
    </message>
    <message>
        <source>the server's z-score threshold</source>
        <translation>Schwellenwert des Servers für z-Werte</translation>
    </message>
    <message>
        <source>A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).</source>
        <translation>Negative Änderungen und z-Werte bedeuten wie bei Conbench eine Verschlechterung (langsamer oder weniger Durchsatz).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>Verbesserung</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>new in this run, and its result failed: %1</source>
        <translation>neu in diesem Lauf, und sein Ergebnis ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the run's result failed: %1</source>
        <translation>das Ergebnis des Laufs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the baseline's result failed: %1</source>
        <translation>das Ergebnis der Baseline ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>the server made no analysis: the baseline's value is 0</source>
        <translation>der Server hat nichts ausgewertet: der Wert der Baseline ist 0</translation>
    </message>
    <message>
        <source>the server made no analysis: a result has no value</source>
        <translation>der Server hat nichts ausgewertet: ein Ergebnis hat keinen Wert</translation>
    </message>
    <message>
        <source>the server made no analysis</source>
        <translation>der Server hat nichts ausgewertet</translation>
    </message>
    <message>
        <source>the unit changed from %1 to %2</source>
        <translation>die Einheit hat sich von %1 zu %2 geändert</translation>
    </message>
</context>
<context>
    <name>ConbenchAdapter</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation>die Datei enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Conbench result JSON (one object, or one per line)</source>
        <translation>Conbench-Ergebnis-JSON (ein Objekt oder eines pro Zeile)</translation>
    </message>
</context>
<context>
    <name>ConbenchClient</name>
    <message>
        <source>no answer within %L1 s</source>
        <translation>keine Antwort innerhalb von %L1 s</translation>
    </message>
    <message>
        <source>stopped before the server confirmed it</source>
        <translation>abgebrochen vor der Bestätigung durch den Server</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut (%2); sein CA-Zertifikat mit --ca-bundle oder BENCHCONNECT_CA_BUNDLE angeben oder, nur in einem vertrauenswürdigen Netz, --insecure verwenden</translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation>der Server hat die Anmeldedaten von %1 abgelehnt (%2)</translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation>der Server verlangt eine Anmeldung (%1); CONBENCH_EMAIL und CONBENCH_PASSWORD setzen</translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation>der Server hat die Anfrage auch nach erneuter Anmeldung abgelehnt (%1)</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation>der Server hat %1 nach %2 umgeleitet, was benchconnect nicht befolgt (Anmeldedaten gehen nie an einen anderen Host); CONBENCH_URL auf die Adresse setzen, die antwortet</translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation>keine brauchbare Antwort von %1 (Versuche: %2, wiederholt bis zur Frist von %3 s); letztes Problem: %4</translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation>die Ergebnisse von Lauf %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot check whether the server stored it already (%1); it is not sent again until that can be checked</source>
        <translation>es lässt sich nicht prüfen, ob der Server es bereits gespeichert hat (%1); es wird erst wieder gesendet, wenn sich das prüfen lässt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>Proxy-Fehler (%1)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>%1 did not give a Conbench answer (%2); check CONBENCH_URL and any proxy or network log-in page in between</source>
        <translation>%1 hat keine Conbench-Antwort gegeben (%2); CONBENCH_URL sowie zwischengeschaltete Proxys oder Netzwerk-Anmeldeseiten prüfen</translation>
    </message>
    <message>
        <source>the server ended the session right after logging in again (%1 answered %2); nothing more is sent. A proxy or load balancer in between may drop the session cookie; the results wait in the outbox</source>
        <translation>der Server hat die Sitzung direkt nach der erneuten Anmeldung beendet (%1 antwortete %2); es wird nichts mehr gesendet. Ein zwischengeschalteter Proxy oder Load-Balancer verwirft möglicherweise das Sitzungscookie; die Ergebnisse warten im Postausgang</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Body</translation>
    </message>
    <message>
        <source>no id of a stored result</source>
        <translation>keine ID eines gespeicherten Ergebnisses</translation>
    </message>
    <message>
        <source>cancelled after a failed attempt: %1</source>
        <translation>nach einem fehlgeschlagenen Versuch abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of %3 s allows (%4 s left); the results wait in the outbox, send them later with "benchconnect outbox retry" or allow more with --retry-deadline</source>
        <translation>%1 verlangte %2 s Wartezeit vor dem nächsten Versuch (Retry-After), länger als die Wiederholungsfrist von %3 s erlaubt (noch %4 s); die Ergebnisse warten im Postausgang, später mit "benchconnect outbox retry" senden oder mit --retry-deadline mehr Zeit erlauben</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 fehlgeschlagen (%2); neuer Versuch in %3 s.</translation>
    </message>
</context>
<context>
    <name>ConbenchSchema</name>
    <message>
        <source>%1 is not a GitHub repository URL (https://github.com/ORG/REPO)</source>
        <translation>%1 ist keine GitHub-Repository-URL (https://github.com/ORG/REPO)</translation>
    </message>
    <message>
        <source>is empty (give the commit's hash, or leave the field out)</source>
        <translation>ist leer (den Hash des Commits angeben oder das Feld weglassen)</translation>
    </message>
    <message>
        <source>missing (give machine_info or cluster_info)</source>
        <translation>fehlt (machine_info oder cluster_info angeben)</translation>
    </message>
    <message>
        <source>given together with machine_info (give only one of them)</source>
        <translation>zusammen mit machine_info angegeben (nur eines von beiden angeben)</translation>
    </message>
    <message>
        <source>%1 is not an object of strings</source>
        <translation>%1 ist kein Objekt aus Zeichenketten</translation>
    </message>
    <message>
        <source>holds an empty key (keys must be non-empty strings)</source>
        <translation>enthält einen leeren Schlüssel (Schlüssel müssen nicht leere Zeichenketten sein)</translation>
    </message>
    <message>
        <source>%1 is not a string (run_tags values must be strings)</source>
        <translation>%1 ist keine Zeichenkette (Werte von run_tags müssen Zeichenketten sein)</translation>
    </message>
    <message>
        <source>missing (give stats, or error for a benchmark that failed)</source>
        <translation>fehlt (stats angeben oder error für einen fehlgeschlagenen Benchmark)</translation>
    </message>
    <message>
        <source>missing (Conbench needs the benchmark's name there)</source>
        <translation>fehlt (Conbench benötigt dort den Namen des Benchmarks)</translation>
    </message>
    <message>
        <source>%1 is an object or a list (tag values must be plain values)</source>
        <translation>%1 ist ein Objekt oder eine Liste (Tag-Werte müssen einfache Werte sein)</translation>
    </message>
    <message>
        <source>%1 is not a unit Conbench accepts (%2)</source>
        <translation>%1 ist keine Einheit, die Conbench annimmt (%2)</translation>
    </message>
    <message>
        <source>not a field the server knows</source>
        <translation>kein dem Server bekanntes Feld</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>may not be null, empty or blank</source>
        <translation>darf nicht null, leer oder nur Leerraum sein</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine Ganzzahl</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: NaN and infinity are not allowed</source>
        <translation>%1: NaN und Unendlich sind nicht erlaubt</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)</source>
        <translation>%1 ist kein Datum mit Uhrzeit nach ISO 8601 (2026-01-31T12:00:00+00:00)</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message>
        <source>%1: the file is larger than %L2 MiB</source>
        <translation>%1: Die Datei ist größer als %L2 MiB</translation>
    </message>
    <message>
        <source>%1: the throughput per second is beyond the largest number a result can hold; it is left out.</source>
        <translation>%1: Der Durchsatz pro Sekunde liegt jenseits der größten Zahl, die ein Ergebnis aufnehmen kann; er wird weggelassen.</translation>
    </message>
    <message>
        <source>%1: %2 ns over %3 iterations is beyond the largest number a result can hold (%4); nothing of the folder is converted.</source>
        <translation>%1: %2 ns über %3 Iterationen liegt jenseits der größten Zahl, die ein Ergebnis aufnehmen kann (%4); nichts aus dem Ordner wird umgewandelt.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Criterion's output is a folder: give target/criterion (or a folder inside it)</source>
        <translation>Die Ausgabe von Criterion ist ein Ordner: target/criterion (oder einen Ordner darin) angeben</translation>
    </message>
    <message>
        <source>no benchmark in the folder (Criterion writes &lt;benchmark&gt;/new/benchmark.json)</source>
        <translation>kein Benchmark im Ordner (Criterion schreibt &lt;benchmark&gt;/new/benchmark.json)</translation>
    </message>
    <message>
        <source>%1: "iters" and "times" differ in length</source>
        <translation>%1: "iters" und "times" sind unterschiedlich lang</translation>
    </message>
    <message>
        <source>Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json are missing or empty)</source>
        <translation>Criterion hat für %1 keine Messung aufgezeichnet (new/sample.json und new/estimates.json fehlen oder sind leer)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln Benchmark hat keine new/sample.json; sein geschätzter Mittelwert steht für die Daten.</numerusform>
            <numerusform>%Ln Benchmarks haben keine new/sample.json; ihr geschätzter Mittelwert steht für die Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rust Criterion's target/criterion folder</source>
        <translation>Ordner target/criterion von Rust-Criterion</translation>
    </message>
</context>
<context>
    <name>CustomAdapter</name>
    <message>
        <source>not github-action-benchmark JSON: it is not a list of {"name", "unit", "value"}</source>
        <translation>kein github-action-benchmark-JSON: Es ist keine Liste von {"name", "unit", "value"}</translation>
    </message>
    <message>
        <source>entry %1 (%2) has no numeric "value"</source>
        <translation>Eintrag %1 (%2) hat keinen numerischen "value"</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>%1: the unit "%2" has no Conbench unit (s, ns, B/s, i/s); left out.</source>
        <translation>%1: Für die Einheit "%2" gibt es keine Conbench-Einheit (s, ns, B/s, i/s); weggelassen.</translation>
    </message>
    <message>
        <source>github-action-benchmark's custom JSON ([{"name", "unit", "value"}])</source>
        <translation>Benutzerdefiniertes JSON von github-action-benchmark ([{"name", "unit", "value"}])</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation>Sendet Benchmark-Ergebnisse an einen Conbench-Server: ergänzt ihre Standardwerte (Rechner, Commit, Zeitstempel), startet und beendet Läufe und sendet Ergebnisse, wobei jedes Ergebnis im Postausgang bleibt, bis der Server es bestätigt hat.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>the work was done only in part (the server refused some results and stored others)</source>
        <translation>die Arbeit wurde nur teilweise erledigt (der Server hat einige Ergebnisse abgelehnt und andere gespeichert)</translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation>unbekannter Unterbefehl, ungültige Option oder ungültiger Optionswert</translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation>keine Eingabe, eine unlesbare Datei, ungültiges JSON oder ein unbrauchbares Feld</translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation>eine CONBENCH_*-Variable fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation>der Server hat die Anfrage oder die Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>the run's state file is missing, exists already, disagrees with the input, or cannot be written</source>
        <translation>die Zustandsdatei des Laufs fehlt, existiert bereits, passt nicht zur Eingabe oder kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation>unterbrochen (Strg+C); nichts Angenommenes ging verloren</translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation>Wie viele Sekunden eine Anfrage wiederholt wird (Standard: 1800).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation>Eine PEM-Datei mit zusätzlich vertrauenswürdigen CA-Zertifikaten.</translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation>Das Postausgangsverzeichnis (Standard: ~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation>Gleichzeitig laufende Anfragen beim Senden von Ergebnissen (Standard: 4).</translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation>Verwendung: benchconnect SUBCOMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Unterbefehle:</translation>
    </message>
    <message>
        <source>Run "benchconnect SUBCOMMAND --help" for the options of each.</source>
        <translation>"benchconnect SUBCOMMAND --help" zeigt die Optionen jedes Unterbefehls.</translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation>Typische Verwendung in einem CI-Job:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit-Status:</translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to "post result" or "post run".</source>
        <translation>Ergänzt die Standardwerte von Ergebnissen oder Läufen (Rechner, Commit, Zeitstempel, IDs) und gibt sie als NDJSON aus, ein Objekt pro Zeile, ohne Verbindung zu einem Server. Die Ausgabe lässt sich an "post result" oder "post run" weiterleiten.</translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation>Sendet Ergebnisse oder Läufe genau wie angegeben an den Conbench-Server, ohne Standardwerte zu ergänzen. Ergebnisse laufen über den Postausgang, sodass keines verloren geht, wenn der Server ausfällt.</translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the "id" of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation>Aktualisiert Läufe auf dem Conbench-Server: Die "id" jedes Laufs kommt in die URL, seine übrigen Felder (etwa finished_timestamp) in den Body.</translation>
    </message>
    <message>
        <source>The run workflow: "start run" creates a run and writes the state file, "submit result" adds results to it, "finish run" ends it and removes the state file.</source>
        <translation>Der Ablauf eines Laufs: "start run" legt einen Lauf an und schreibt die Zustandsdatei, "submit result" fügt ihm Ergebnisse hinzu, "finish run" beendet ihn und entfernt die Zustandsdatei.</translation>
    </message>
    <message>
        <source>Every result that "submit result" or "post result" accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation>Jedes Ergebnis, das "submit result" oder "post result" annimmt, wartet im Postausgang, bis der Server es bestätigt hat. Diese Unterbefehle zeigen, senden und entfernen, was dort wartet.</translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation>Verwendung: benchconnect %1 SUBCOMMAND [Optionen]</translation>
    </message>
    <message>
        <source>Run "benchconnect %1 --help" for the input, options and examples of each (for example "benchconnect %2 --help"), and "benchconnect --help" for every subcommand, the environment and the exit status.</source>
        <translation>"benchconnect %1 --help" zeigt Eingabe, Optionen und Beispiele jedes Unterbefehls (etwa "benchconnect %2 --help"), "benchconnect --help" alle Unterbefehle, die Umgebung und den Exit-Status.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1". The subcommands are: %2. See benchconnect --help.</source>
        <translation>Unbekannter Unterbefehl "%1". Die Unterbefehle sind: %2. Siehe benchconnect --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1 %2". "%1" takes one of: %3 (see benchconnect %1 --help).</source>
        <translation>Unbekannter Unterbefehl "%1 %2". "%1" erwartet einen von: %3 (siehe benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline, or what answered was not Conbench (at the first request or part-way)</source>
        <translation>der Server hat vor Ablauf der Wiederholungsfrist nicht geantwortet, oder was antwortete, war nicht Conbench (bei der ersten Anfrage oder mittendrin)</translation>
    </message>
    <message>
        <source>the outbox could not be written or read (disk full, permissions)</source>
        <translation>der Postausgang konnte nicht geschrieben oder gelesen werden (Datenträger voll, Berechtigungen)</translation>
    </message>
    <message>
        <source>Turns the output files of benchmark tools into Conbench results, with their defaults filled in, and prints them as NDJSON, without talking to a server. The formats: %1.</source>
        <translation>Wandelt die Ausgabedateien von Benchmark-Werkzeugen in Conbench-Ergebnisse um, ergänzt ihre Standardwerte und gibt sie als NDJSON aus, ohne Verbindung zu einem Server. Die Formate: %1.</translation>
    </message>
    <message>
        <source>regressions found: compare --fail-on (or --compare) found what it names in the comparison</source>
        <translation>Regressionen gefunden: compare --fail-on (oder --compare) hat im Vergleich gefunden, was die Option nennt</translation>
    </message>
    <message>
        <source>Compares a run with its baseline run on the Conbench server and prints which benchmarks regressed; with --fail-on it fails a CI job on a regression (exit status 8).</source>
        <translation>Vergleicht einen Lauf auf dem Conbench-Server mit seinem Baseline-Lauf und gibt aus, welche Benchmarks sich verschlechtert haben; mit --fail-on schlägt ein CI-Job bei einer Regression fehl (Exit-Status 8).</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop folders of result files (*.json) or single files here, or click to choose them</source>
        <translation>Ordner mit Ergebnisdateien (*.json) oder einzelne Dateien hier ablegen, oder klicken, um sie auszuwählen</translation>
    </message>
    <message>
        <source>Drop result folders or files here, or click to add</source>
        <translation>Ergebnisordner oder -dateien hier ablegen oder zum Hinzufügen klicken</translation>
    </message>
</context>
<context>
    <name>FinishRunCommand</name>
    <message>
        <source>Finish the started run and remove the state file.</source>
        <translation>Den gestarteten Lauf beenden und die Zustandsdatei entfernen.</translation>
    </message>
    <message>
        <source>run update</source>
        <translation>Lauf-Update</translation>
    </message>
    <message>
        <source>The JSON names run "%1" but the run started here is "%2".</source>
        <translation>Das JSON nennt den Lauf "%1", aber der hier gestartete Lauf ist "%2".</translation>
    </message>
    <message>
        <source>"finish run" takes only %1; the JSON holds "%2".</source>
        <translation>"finish run" nimmt nur %1 an; das JSON enthält "%2".</translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation>error_type und error_info können am Lauf nicht gespeichert werden; die Zustandsdatei wird entfernt.</translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation>Die Zustandsdatei wird entfernt.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation>Der Lauf wurde nicht beendet: %1 (die Zustandsdatei bleibt erhalten; erneut versuchen)</translation>
    </message>
    <message>
        <source>The run was not finished: the server refused the update as it is: %1 (the state file is kept; correct what --json gives and run finish run again)</source>
        <translation>Der Lauf wurde nicht abgeschlossen: Der Server hat die Änderung so abgelehnt: %1 (die Statusdatei bleibt; die Angaben in --json korrigieren und finish run erneut ausführen)</translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an error). The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation>Markiert den hier gestarteten Lauf als beendet: sendet finished_timestamp (jetzt, sofern nicht angegeben) sowie error_type, error_info und info, falls angegeben, an PUT /api/runs/ID/ mit der ID aus benchconnect-state.json, und zwar an den Server, auf dem der Lauf gestartet wurde (eine andere CONBENCH_URL ist ein Fehler). Die Zustandsdatei wird entfernt, sobald der Server dies angenommen hat.

Ohne JSON-Eingabe wird nur finished_timestamp gesendet. Die Standardeingabe wird gelesen, wenn nichts anderes angegeben ist und sie kein Terminal ist; kommt darauf innerhalb von 2 s nichts (eine Pipe, die ein CI-Runner offen lässt), wird mit einer Warnung nicht darauf gewartet ("-" wartet darauf). Server seit Ende 2023 führen Läufe implizit: Sie antworten mit 405, was einmal gemeldet wird, und die Zustandsdatei wird trotzdem entfernt.</translation>
    </message>
    <message>
        <source>%1 (run %2 is finished; "benchconnect compare run %2" compares it)</source>
        <translation>%1 (Lauf %2 ist abgeschlossen; "benchconnect compare run %2" vergleicht ihn)</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>the watch journal cannot be written</source>
        <translation>das Überwachungsjournal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): give it in the folder's run.json, which sends the folder again, or set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT for the folders to come</source>
        <translation>der Server braucht das github jedes Ergebnisses (sein Repository und seinen Commit): geben Sie es in der run.json des Ordners an, wodurch der Ordner erneut gesendet wird, oder setzen Sie CONBENCH_PROJECT_REPOSITORY und CONBENCH_PROJECT_COMMIT für die kommenden Ordner</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its results would be refused by the server, as the first: %1</source>
        <translation>
            <numerusform>%Ln seiner Ergebnisse würde vom Server abgelehnt: %1</numerusform>
            <numerusform>%Ln seiner Ergebnisse würden vom Server abgelehnt, wie das erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: the run id "%3" it gives is not used: watch gives each folder's run an id of its own, kept in its journal so that a restart continues the same run (this one is %4)</source>
        <translation>%1: %2: Die darin angegebene Lauf-ID "%3" wird nicht verwendet: watch gibt dem Lauf jedes Ordners eine eigene ID, im Journal festgehalten, damit ein Neustart denselben Lauf fortsetzt (dieser ist %4)</translation>
    </message>
    <message>
        <source>%1: the commit "%2" is not a 40-character hexadecimal SHA: Conbench would file the run under a commit it does not know; give the full SHA (git rev-parse HEAD)</source>
        <translation>%1: Der Commit "%2" ist kein 40-stelliger hexadezimaler SHA: Conbench würde den Lauf unter einem Commit ablegen, den es nicht kennt; geben Sie den vollständigen SHA an (git rev-parse HEAD)</translation>
    </message>
    <message>
        <source>%1: unknown key "%2": a Conbench server would refuse the run or drop the key (run.json gives reason, name, info, github, tags, hardware, or Conbench's other run fields)</source>
        <translation>%1: unbekannter Schlüssel "%2": Ein Conbench-Server würde den Lauf ablehnen oder den Schlüssel verwerfen (run.json gibt reason, name, info, github, tags, hardware oder die anderen Lauffelder von Conbench an)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the folder holds no result files</source>
        <translation>der Ordner enthält keine Ergebnisdateien</translation>
    </message>
    <message>
        <source>the server refused the run: %1</source>
        <translation>der Server hat den Lauf abgelehnt: %1</translation>
    </message>
    <message>
        <source>another process is sending its results</source>
        <translation>ein anderer Prozess sendet seine Ergebnisse</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>der Server war nicht erreichbar</translation>
    </message>
    <message>
        <source>the server refused to finish the run: %1</source>
        <translation>der Server hat das Beenden des Laufs abgelehnt: %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: kein Verzeichnis; den Ordner angeben, in den die Messrechner ihre Ergebnisse schreiben.</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent; sending it again as a new run (--resend-changed).</source>
        <translation>%1: Seine Dateien haben sich nach dem Senden geändert; er wird erneut als neuer Lauf gesendet (--resend-changed).</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent as run %2; it is not sent again (give --resend-changed to send it as a new run).</source>
        <translation>%1: Seine Dateien haben sich geändert, nachdem er als Lauf %2 gesendet wurde; er wird nicht erneut gesendet (mit --resend-changed als neuen Lauf senden).</translation>
    </message>
    <message>
        <source>%1: it holds the same files as %2 (renamed or moved?), which was sent as run %3; it is not sent again.</source>
        <translation>%1: Er enthält dieselben Dateien wie %2 (umbenannt oder verschoben?), der als Lauf %3 gesendet wurde; er wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>the same files as %1, sent as run %2; not sent again</source>
        <translation>dieselben Dateien wie %1, gesendet als Lauf %2; nicht erneut gesendet</translation>
    </message>
    <message>
        <source>%1: its files changed since it failed (nothing of it was sent); it is tried again.</source>
        <translation>%1: Seine Dateien haben sich geändert, seit er fehlgeschlagen ist (nichts davon wurde gesendet); er wird erneut versucht.</translation>
    </message>
    <message>
        <source>the folder was removed before its results were read</source>
        <translation>der Ordner wurde entfernt, bevor seine Ergebnisse gelesen wurden</translation>
    </message>
    <message>
        <source>%1: not sent now (%2); it waits and is sent when the server can be reached.</source>
        <translation>%1: jetzt nicht gesendet (%2); er wartet und wird gesendet, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>%1: %2; stopping.</source>
        <translation>%1: %2; wird angehalten.</translation>
    </message>
    <message>
        <source>it was copied there, but could not be removed from here</source>
        <translation>er wurde dorthin kopiert, konnte hier aber nicht entfernt werden</translation>
    </message>
    <message>
        <source>a folder of that name is there already</source>
        <translation>dort gibt es bereits einen Ordner dieses Namens</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: sent, but it could not be moved to %2 (%3); it stays where it is.</source>
        <translation>%1: gesendet, konnte aber nicht nach %2 verschoben werden (%3); er bleibt, wo er ist.</translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message>
        <source>not Google Benchmark JSON: it has no "context" object and "benchmarks" list</source>
        <translation>kein Google-Benchmark-JSON: Es hat kein "context"-Objekt und keine "benchmarks"-Liste</translation>
    </message>
    <message>
        <source>benchmark row %1: %2</source>
        <translation>Benchmark-Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown time_unit "%2"</source>
        <translation>%1: unbekannte time_unit "%2"</translation>
    </message>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>%Ln Aggregatzeile (mean, median, stddev, cv, BigO, RMS) ist kein Ergebnis; die zusammengefassten Wiederholungen sind es.</numerusform>
            <numerusform>%Ln Aggregatzeilen (mean, median, stddev, cv, BigO, RMS) sind keine Ergebnisse; die zusammengefassten Wiederholungen sind es.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters %1 have no Conbench unit; they are kept in info.</source>
        <translation>Die Zähler %1 haben keine Conbench-Einheit; sie werden in info aufbewahrt.</translation>
    </message>
    <message>
        <source>Google Benchmark JSON (--benchmark_format=json)</source>
        <translation>Google-Benchmark-JSON (--benchmark_format=json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</source>
        <translation>
            <numerusform>%Ln Benchmark hat Aggregatzeilen, aber keine Wiederholungen in der Datei (geschrieben mit --benchmark_report_aggregates_only): sein Mittelwert steht für die Daten, Median und Standardabweichung daneben.</numerusform>
            <numerusform>%Ln Benchmarks haben Aggregatzeilen, aber keine Wiederholungen in der Datei (geschrieben mit --benchmark_report_aggregates_only): ihr Mittelwert steht für die Daten, Median und Standardabweichung daneben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCheckout</name>
    <message>
        <source>git is not installed (not found in PATH); the checkout in %1 is not read.</source>
        <translation>git ist nicht installiert (nicht in PATH gefunden); das Git-Arbeitsverzeichnis in %1 wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>git (%1) could not be started.</source>
        <translation>git (%1) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>git did not answer within %L1 s in %2; the checkout is not read.</source>
        <translation>git hat in %2 nicht innerhalb von %L1 s geantwortet; das Git-Arbeitsverzeichnis wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is not in a git checkout.</source>
        <translation>%1 liegt in keinem Git-Arbeitsverzeichnis.</translation>
    </message>
    <message>
        <source>git could not read the checkout in %1: %2</source>
        <translation>git konnte das Git-Arbeitsverzeichnis in %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>the git checkout in %1</source>
        <translation>Git-Arbeitsverzeichnis in %1</translation>
    </message>
    <message>
        <source>HEAD (git status)</source>
        <translation>HEAD (git status)</translation>
    </message>
    <message>
        <source>the branch checked out (git status)</source>
        <translation>ausgecheckter Branch (git status)</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no commit yet.</source>
        <translation>Das Git-Arbeitsverzeichnis in %1 hat noch keinen Commit.</translation>
    </message>
    <message>
        <source>the origin remote (git remote get-url origin)</source>
        <translation>Remote origin (git remote get-url origin)</translation>
    </message>
    <message>
        <source>origin/HEAD (git symbolic-ref)</source>
        <translation>origin/HEAD (git symbolic-ref)</translation>
    </message>
    <message>
        <source>git did not name the origin remote within %L1 s.</source>
        <translation>git hat das Remote origin nicht innerhalb von %L1 s genannt.</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no origin remote.</source>
        <translation>Das Git-Arbeitsverzeichnis in %1 hat kein Remote origin.</translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>git konnte nicht gestartet werden (%1); ist es installiert?</translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation>%1 ist kein Git-Arbeitsverzeichnis mit einem Commit: %2</translation>
    </message>
</context>
<context>
    <name>GoAdapter</name>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>Zeile %1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>not go test -json output: it has no output events</source>
        <translation>keine Ausgabe von go test -json: Sie enthält keine output-Ereignisse</translation>
    </message>
    <message>
        <source>the benchmark failed</source>
        <translation>der Benchmark ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped, so not results: %1.</source>
        <translation>Übersprungen, daher keine Ergebnisse: %1.</translation>
    </message>
    <message>
        <source>The metrics %1 have no Conbench unit; they are kept in info.</source>
        <translation>Die Metriken %1 haben keine Conbench-Einheit; sie werden in info aufbewahrt.</translation>
    </message>
    <message>
        <source>not go test -bench output: it has no benchmark lines</source>
        <translation>keine Ausgabe von go test -bench: Sie enthält keine Benchmark-Zeilen</translation>
    </message>
    <message>
        <source>Go benchmarks (go test -bench, text or -json)</source>
        <translation>Go-Benchmarks (go test -bench, Text oder -json)</translation>
    </message>
    <message>
        <source>line %1 starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%2&quot;</source>
        <translation>Zeile %1 beginnt wie das Ergebnis eines Benchmarks, kann aber nicht gelesen werden und wird ausgelassen: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this line starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%1&quot;</source>
        <translation>Diese Zeile beginnt wie das Ergebnis eines Benchmarks, kann aber nicht gelesen werden und wird ausgelassen: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HyperfineAdapter</name>
    <message>
        <source>not hyperfine JSON: it has no "results" list</source>
        <translation>kein hyperfine-JSON: Es hat keine "results"-Liste</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>Ergebnis %1: %2</translation>
    </message>
    <message>
        <source>the command exited with a non-zero status in %L1 of %L2 runs</source>
        <translation>der Befehl endete in %L1 von %L2 Durchläufen mit einem Exit-Status ungleich null</translation>
    </message>
    <message>
        <source>%1: no run times</source>
        <translation>%1: keine Laufzeiten</translation>
    </message>
    <message>
        <source>hyperfine JSON (--export-json)</source>
        <translation>hyperfine-JSON (--export-json)</translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>at offset %1 (line %2, column %3)</source>
        <translation>bei Offset %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected one JSON object, found an array (use NDJSON, one object per line, or a directory of files for several)</source>
        <translation>ein JSON-Objekt erwartet, aber ein Array gefunden (für mehrere NDJSON mit einem Objekt pro Zeile oder ein Verzeichnis mit Dateien verwenden)</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected one JSON object ({…}), found a JSON value that is not one</source>
        <translation>ein JSON-Objekt ({…}) erwartet, aber einen anderen JSON-Wert gefunden</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation>%1: Verzeichnis kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation>%1: Verzeichnis enthält keine *.json-Dateien</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path wurde mit leerem Wert angegeben.</translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation>Mehrere Eingaben angegeben; verwendet wird --json, ignoriert: %1.</translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation>das NDJSON-Argument und --path</translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation>das NDJSON-Argument</translation>
    </message>
    <message>
        <source>--path</source>
        <translation>--path</translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation>Mehrere Eingaben angegeben; verwendet wird das NDJSON-Argument, ignoriert: --path.</translation>
    </message>
    <message>
        <source>%1 is read as NDJSON text, but it names a file or folder: give it with --path %1.</source>
        <translation>%1 wird als NDJSON-Text gelesen, benennt aber eine Datei oder einen Ordner: mit --path %1 angeben.</translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation>Die Standardeingabe ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation>Keine Eingabe: --json '{...}', --path FILE_OR_DIRECTORY oder NDJSON als Argument angeben, oder NDJSON über die Standardeingabe leiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 that one input object may take</source>
        <translation>%1 ist länger als die %2, die ein einzelnes Eingabeobjekt umfassen darf</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that one input object may take</source>
        <translation>%1 ist %2 groß, mehr als die %3, die ein einzelnes Eingabeobjekt umfassen darf</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (a number must fit a double: at most about 1.8e308 in size, and 0 or at least about 2.2e-308)</source>
        <translation>%1: Die Zahl %2 liegt außerhalb des Wertebereichs (eine Zahl muss in ein double passen: Betrag höchstens etwa 1.8e308, und 0 oder mindestens etwa 2.2e-308)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid JSON %1</source>
        <translation>ungültiges JSON %1</translation>
    </message>
    <message>
        <source>%1: a symbolic link loop; nothing can be read through it</source>
        <translation>%1: eine Schleife symbolischer Links; darüber lässt sich nichts lesen</translation>
    </message>
    <message>
        <source>%1: a dangling symbolic link (its target %2 does not exist)</source>
        <translation>%1: ein ins Leere zeigender symbolischer Link (sein Ziel %2 existiert nicht)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>eine Gerätedatei</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; give a file or a directory of files (NDJSON can be piped to standard input)</source>
        <translation>%1 ist %2, keine reguläre Datei; eine Datei oder ein Verzeichnis mit Dateien angeben (NDJSON lässt sich über die Standardeingabe leiten)</translation>
    </message>
    <message>
        <source>%1 is a directory; only the *.json files directly in %2 are read (not sub-directories)</source>
        <translation>%1 ist ein Verzeichnis; nur die *.json-Dateien direkt in %2 werden gelesen (keine Unterverzeichnisse)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 enthält %Ln *.json-Datei, mehr als %L2; jede wird einzeln gelesen, was eine Weile dauert. Ist es der richtige Ordner?</numerusform>
            <numerusform>%1 enthält %Ln *.json-Dateien, mehr als %L2; jede wird einzeln gelesen, was eine Weile dauert. Ist es der richtige Ordner?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>benchconnect</source>
        <translation>benchconnect</translation>
    </message>
    <message>
        <source>Every result found; select one to see the JSON that will be sent</source>
        <translation>Alle gefundenen Ergebnisse; eines auswählen, um das zu sendende JSON zu sehen</translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation>Ein Ergebnis auswählen, um das zu sendende JSON zu sehen.</translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation>Hier erscheint, was geschehen ist.</translation>
    </message>
    <message>
        <source>&amp;JSON to send</source>
        <translation>Zu sendendes &amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Proto&amp;koll</translation>
    </message>
    <message>
        <source>Results read: %L1.</source>
        <translation>Gelesene Ergebnisse: %L1.</translation>
    </message>
    <message>
        <source>Results found: %L1.</source>
        <translation>Gefundene Ergebnisse: %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Results found: %L1. %Ln warnings: something the files held could not be read and was left out; see the Log.</source>
        <translation>
            <numerusform>Gefundene Ergebnisse: %L1. %Ln Warnung: Etwas in den Dateien konnte nicht gelesen werden und wurde ausgelassen; siehe Protokoll.</numerusform>
            <numerusform>Gefundene Ergebnisse: %L1. %Ln Warnungen: Etwas in den Dateien konnte nicht gelesen werden und wurde ausgelassen; siehe Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation>Lauf zusammenstellen, Ergebnisordner ablegen, dann übermitteln.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Alle Ergebnisse aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Submit run</source>
        <translation>Lauf über&amp;mitteln</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Copy as co&amp;mmand line</source>
        <translation>Als &amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Postausgang…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not added again.</source>
        <translation>%1 ist bereits in der Liste; es wird nicht noch einmal hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not read again with the folder %2.</source>
        <translation>%1 ist bereits in der Liste; es wird mit dem Ordner %2 nicht noch einmal gelesen.</translation>
    </message>
    <message>
        <source>Unknown option "%1". benchconnect-gui takes files and folders of results to add to the window ("--" before a path that begins with "-"), or a subcommand; see "benchconnect-gui --help".</source>
        <translation>Unbekannte Option „%1“. benchconnect-gui nimmt Dateien und Ordner mit Ergebnissen, die dem Fenster hinzugefügt werden („--“ vor einem Pfad, der mit „-“ beginnt), oder einen Unterbefehl; siehe „benchconnect-gui --help“.</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start benchconnect-gui in a desktop session, or give it a subcommand to run without a window ("benchconnect-gui --help" lists them).</source>
        <translation>Es gibt keine Anzeige, auf der sich das Fenster öffnen könnte (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt). Starten Sie benchconnect-gui in einer Desktop-Sitzung, oder geben Sie einen Unterbefehl an, um ohne Fenster zu arbeiten („benchconnect-gui --help“ listet sie auf).</translation>
    </message>
    <message>
        <source>An empty path was given on the command line; nothing was added for it.</source>
        <translation>Auf der Befehlszeile wurde ein leerer Pfad angegeben; dafür wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>%1 (given on the command line); nothing was added for it.</source>
        <translation>%1 (auf der Befehlszeile angegeben); dafür wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Ergebnisse werden gelesen…</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>Ergebnisse hinzufügen</translation>
    </message>
    <message>
        <source>Benchmark results (*.json);;All files (*)</source>
        <translation>Benchmark-Ergebnisse (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1

This file cannot be read: %2</source>
        <translation>%1

Diese Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation>Dieses Ergebnis kann mit dem zusammengestellten Lauf nicht gesendet werden: %1

Gelesen aus %2:
%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The run cannot be sent: %1</source>
        <translation>Der Lauf kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation>Es gibt kein gültiges Ergebnis zum Senden.</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>Lauf wird angelegt…</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <source>%L1 of %L2 done, %L3 failed</source>
        <translation>%L1 von %L2 erledigt, %L3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 of %L2 sent</source>
        <translation>%L1 von %L2 gesendet</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>&lt;a href="%1"&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;Lauf %2 auf %3 öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Submitting results: %L1…</source>
        <translation>Ergebnisse werden übermittelt: %L1…</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>In die Zwischenablage kopiert:
%1</translation>
    </message>
    <message>
        <source>The benchconnect commands are on the clipboard.</source>
        <translation>Die benchconnect-Befehle sind in der Zwischenablage.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files from %1…</source>
        <translation>
            <numerusform>%Ln Datei wird aus %1 gelesen…</numerusform>
            <numerusform>%Ln Dateien werden aus %1 gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</source>
        <translation>
            <numerusform>%Ln Ergebnis aus einer früheren Sitzung wartet im Postausgang; die Schaltfläche rechts sendet es.</numerusform>
            <numerusform>%Ln Ergebnisse aus einer früheren Sitzung warten im Postausgang; die Schaltfläche rechts sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add result files (*.json, NDJSON)</source>
        <translation>Ergebnisdateien hinzufügen (*.json, NDJSON)</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a folder of result files (its *.json files)</source>
        <translation>Einen Ordner mit Ergebnisdateien hinzufügen (seine *.json-Dateien)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Das Fenster schließen</translation>
    </message>
    <message>
        <source>Create the run, send its valid results, and finish it</source>
        <translation>Lauf anlegen, seine gültigen Ergebnisse senden und ihn beenden</translation>
    </message>
    <message>
        <source>Submit is not possible: %1</source>
        <translation>Übermitteln ist nicht möglich: %1</translation>
    </message>
    <message>
        <source>Stop loading, sending or testing; again to abandon the requests on the wire. What was not confirmed stays in the outbox</source>
        <translation>Laden, Senden oder Testen anhalten; erneut, um die unterwegs befindlichen Anfragen aufzugeben. Nicht Bestätigtes bleibt im Postausgang</translation>
    </message>
    <message>
        <source>Copy the benchconnect commands that do the same from a shell</source>
        <translation>Die benchconnect-Befehle kopieren, die dasselbe in einer Shell tun</translation>
    </message>
    <message>
        <source>C&amp;lear results</source>
        <translation>Ergebnisse &amp;leeren</translation>
    </message>
    <message>
        <source>Show the results waiting in the outbox, send them again or drop them</source>
        <translation>Die im Postausgang wartenden Ergebnisse anzeigen, erneut senden oder verwerfen</translation>
    </message>
    <message>
        <source>&amp;Send waiting results</source>
        <translation>Wartende Ergebnisse &amp;senden</translation>
    </message>
    <message>
        <source>Send what waits in the outbox to the server set in the window</source>
        <translation>Das im Postausgang Wartende an den im Fenster eingestellten Server senden</translation>
    </message>
    <message>
        <source>benchconnect &amp;help</source>
        <translation>benchconnect-&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open the README (the user guide) in the web browser</source>
        <translation>Die README (das Benutzerhandbuch) im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts of the window</source>
        <translation>Die Tastenkürzel des Fensters auflisten</translation>
    </message>
    <message>
        <source>&amp;About benchconnect</source>
        <translation>Ü&amp;ber benchconnect</translation>
    </message>
    <message>
        <source>The version of benchconnect and of Qt</source>
        <translation>Die Version von benchconnect und von Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>P&amp;ostausgang</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opened the user guide: %1</source>
        <translation>Benutzerhandbuch geöffnet: %1</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed; "benchconnect --help" describes the commands.</source>
        <translation>Das Benutzerhandbuch (README.md) ist nicht installiert; "benchconnect --help" beschreibt die Befehle.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt and the underlined letter reaches each field; Tab goes from field to field.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt und der unterstrichene Buchstabe führen zu jedem Feld; Tab wechselt von Feld zu Feld.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About benchconnect</source>
        <translation>Über benchconnect</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sends benchmark results to a Conbench server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sendet Benchmark-Ergebnisse an einen Conbench-Server.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft unter Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Outbox (%Ln)…</source>
        <translation>
            <numerusform>&amp;Postausgang (%Ln)…</numerusform>
            <numerusform>&amp;Postausgang (%Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln waiting…</source>
        <translation>
            <numerusform>%Ln wartendes Ergebnis senden…</numerusform>
            <numerusform>%Ln wartende Ergebnisse senden…</numerusform>
        </translation>
    </message>
    <message>
        <source>Results from earlier submissions wait in the outbox; click to send them to the server set in the window</source>
        <translation>Ergebnisse früherer Übermittlungen warten im Postausgang; klicken, um sie an den im Fenster eingestellten Server zu senden</translation>
    </message>
    <message>
        <source>sent from the outbox</source>
        <translation>aus dem Postausgang gesendet</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Während des Sendens beenden?</translation>
    </message>
    <message>
        <source>refused by the server (kept apart in the outbox): %1</source>
        <translation>vom Server abgelehnt (im Postausgang beiseitegelegt): %1</translation>
    </message>
    <message>
        <source>The outbox is being sent; what was not confirmed stays in the outbox if you quit, and Outbox… sends it later.</source>
        <translation>Der Postausgang wird gerade gesendet; was nicht bestätigt ist, bleibt beim Beenden im Postausgang, und Postausgang… sendet es später.</translation>
    </message>
    <message>
        <source>The run is still being sent, and none of its results is in the outbox: if you quit, nothing of it is kept.</source>
        <translation>Der Lauf wird noch gesendet, und keines seiner Ergebnisse ist im Postausgang: Beim Beenden bleibt nichts davon erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln Ergebnis wird noch gesendet; beim Beenden bleibt es im Postausgang, und „Postausgang…“ sendet es später.</numerusform>
            <numerusform>%Ln Ergebnisse werden noch gesendet; beim Beenden bleiben sie im Postausgang, und „Postausgang…“ sendet sie später.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is still being sent; what was not confirmed stays in the outbox if you quit.</source>
        <translation>Der Lauf wird noch gesendet; beim Beenden bleibt nicht Bestätigtes im Postausgang.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Weiter senden</translation>
    </message>
    <message>
        <source>Add a folder of results</source>
        <translation>Einen Ordner mit Ergebnissen hinzufügen</translation>
    </message>
    <message>
        <source>Results: %L1</source>
        <translation>Ergebnisse: %L1</translation>
    </message>
    <message>
        <source>%L1 valid</source>
        <translation>%L1 gültig</translation>
    </message>
    <message>
        <source>%L1 invalid</source>
        <translation>%L1 ungültig</translation>
    </message>
    <message>
        <source>%L1 sending</source>
        <translation>%L1 werden gesendet</translation>
    </message>
    <message>
        <source>%L1 sent</source>
        <translation>%L1 gesendet</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>%L1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 in the outbox</source>
        <translation>%L1 im Postausgang</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>Abgebrochen: %Ln gesendet</numerusform>
            <numerusform>Abgebrochen: %Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>Fertig: %Ln gesendet</numerusform>
            <numerusform>Fertig: %Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>Nicht alles gesendet: %Ln gesendet</numerusform>
            <numerusform>Nicht alles gesendet: %Ln gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>, %Ln im Postausgang</numerusform>
            <numerusform>, %Ln im Postausgang</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; details in the Log.</source>
        <translation>; Details im Protokoll.</translation>
    </message>
    <message>
        <source>Sending to the server profile "%1".</source>
        <translation>Senden an das Serverprofil "%1".</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Server profiles and the language</source>
        <translation>Serverprofile und Sprache</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Preferences saved; server profiles: %1.</source>
        <translation>Einstellungen gespeichert; Serverprofile: %1.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>Ordner über&amp;wachen…</translation>
    </message>
    <message>
        <source>Send each finished subfolder of a results folder as one run, unattended</source>
        <translation>Jeden fertigen Unterordner eines Ergebnisordners unbeaufsichtigt als einen Lauf senden</translation>
    </message>
    <message>
        <source>Filter the results: benchmark, unit, format, file or status</source>
        <translation>Ergebnisse filtern: Benchmark, Einheit, Format, Datei oder Status</translation>
    </message>
    <message>
        <source>Shows only the results whose benchmark, unit, format, file or status contains this text. Submitting sends every result, shown or not.</source>
        <translation>Zeigt nur die Ergebnisse, deren Benchmark, Einheit, Format, Datei oder Status diesen Text enthält. Übermittelt werden alle Ergebnisse, ob angezeigt oder nicht.</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>Ergebnisse &amp;filtern</translation>
    </message>
    <message>
        <source>Type a part of a benchmark, unit, format, file or status to show only those results</source>
        <translation>Einen Teil eines Benchmarks, einer Einheit, eines Formats, einer Datei oder eines Status eingeben, um nur diese Ergebnisse anzuzeigen</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 angezeigt</translation>
    </message>
    <message>
        <source>Submission cancelled before it started; nothing was sent.</source>
        <translation>Übermittlung abgebrochen, bevor sie begann; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Checking the results against the run before sending them…</source>
        <translation>Die Ergebnisse werden vor dem Senden gegen den Lauf geprüft…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation>Postausgang %1 #%2</translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory: %2</source>
        <translation>%1: Postausgangsverzeichnis kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation>%1: In den Postausgang kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation>%1: Stapel kann nicht in den Postausgang verschoben werden.</translation>
    </message>
    <message>
        <source>Interrupted: nothing more is written to the outbox.</source>
        <translation>Unterbrochen: In den Postausgang wird nichts mehr geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation>%1: Postausgangsverzeichnis kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>Der Postausgang enthält keinen Stapel "%1" (siehe benchconnect outbox list).</translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation>%1: Stapel kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record what the server did with a result: %2</source>
        <translation>%1: Es kann nicht vermerkt werden, was der Server mit einem Ergebnis getan hat: %2</translation>
    </message>
    <message>
        <source>%1: not a directory; cannot keep the outbox there.</source>
        <translation>%1: Kein Verzeichnis; der Postausgang kann dort nicht liegen.</translation>
    </message>
    <message>
        <source>%1: the outbox directory is readable by others than its owner; the results in it are too (chmod 700 makes it private).</source>
        <translation>%1: Das Postausgangsverzeichnis ist auch für andere als seinen Eigentümer lesbar, die Ergebnisse darin ebenso (chmod 700 macht es privat).</translation>
    </message>
    <message>
        <source>%1: the outbox directory is not writable by its owner; no results can be kept in it.</source>
        <translation>%1: Das Postausgangsverzeichnis ist für seinen Eigentümer nicht beschreibbar; darin können keine Ergebnisse aufbewahrt werden.</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>Sperren nicht möglich</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an empty file: it holds no results</source>
        <translation>eine leere Datei: Sie enthält keine Ergebnisse</translation>
    </message>
    <message>
        <source>its header (first line) cannot be read, so the server its results were for is unknown</source>
        <translation>seine Kopfzeile (erste Zeile) kann nicht gelesen werden, daher ist unbekannt, für welchen Server seine Ergebnisse bestimmt waren</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines cannot be read and are not sent</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht gelesen werden und wird nicht gesendet</numerusform>
            <numerusform>%Ln Zeilen können nicht gelesen werden und werden nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>abgeschnitten: %Ln von %1 geschriebenen Ergebnissen fehlt</numerusform>
            <numerusform>abgeschnitten: %Ln von %1 geschriebenen Ergebnissen fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished: the submission that wrote it stopped before it began sending; none of it was sent</source>
        <translation>unfertig: Die Übermittlung, die ihn geschrieben hat, brach vor Beginn des Sendens ab; nichts davon wurde gesendet</translation>
    </message>
    <message>
        <source>the journal of a batch that is gone; it holds no results</source>
        <translation>das Bestätigungsprotokoll eines nicht mehr vorhandenen Stapels; es enthält keine Ergebnisse</translation>
    </message>
    <message>
        <source>not a file of the outbox; left alone</source>
        <translation>keine Datei des Postausgangs; bleibt unberührt</translation>
    </message>
    <message>
        <source>Batch %1 is being sent or written by another process; not dropped.</source>
        <translation>Stapel %1 wird gerade von einem anderen Prozess gesendet oder geschrieben; nicht verworfen.</translation>
    </message>
    <message>
        <source>%1: cannot remove the batch.</source>
        <translation>%1: Stapel kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1: cannot remove the file.</source>
        <translation>%1: Datei kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).</source>
        <translation>%1 ist keine Datei des Postausgangs; bleibt unberührt (selbst entfernen, falls nicht benötigt).</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not changed.</source>
        <translation>Stapel %1 wird gerade von einem anderen Prozess gesendet; nicht geändert.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 removes it).</source>
        <translation>Stapel %1 enthält keine Ergebnisse; es gibt nichts zu senden (benchconnect outbox drop %1 entfernt ihn).</translation>
    </message>
    <message>
        <source>"%1" is not a run id.</source>
        <translation>"%1" ist keine Lauf-ID.</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not dropped.</source>
        <translation>Stapel %1 wird gerade von einem anderen Prozess gesendet; nicht verworfen.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that "submit result" or "post result" accepts is written to the outbox before it is sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there. A result the server refused as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: "outbox retry" does not send it again, "outbox list" shows the server's reason, "outbox drop" removes it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can still be read from it, and "outbox drop" removes it.</source>
        <translation>Jedes Ergebnis, das "submit result" oder "post result" annimmt, wird vor dem Senden in den Postausgang geschrieben, zusammen mit der Datei oder NDJSON-Zeile, aus der es stammt, und verlässt ihn erst, wenn der Server es bestätigt hat. Was eine fehlgeschlagene, unterbrochene oder gewaltsam beendete Übermittlung nicht zugestellt hat, bleibt dort. Ein Ergebnis, das der Server so, wie es ist, abgelehnt hat (400 Bad Request: eine unbekannte Einheit, ein fehlendes Feld), wird gesondert als abgelehnt aufbewahrt: "outbox retry" sendet es nicht erneut, "outbox list" zeigt den Grund des Servers, "outbox drop" entfernt es. Jede Datei im Postausgangsverzeichnis wird berücksichtigt: Ein beschädigter Stapel wird mit dem aufgelistet, was sich noch aus ihm lesen lässt, und "outbox drop" entfernt ihn.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Letztes Problem</translation>
    </message>
    <message>
        <source>Remove the selected batches without sending them</source>
        <translation>Die ausgewählten Stapel entfernen, ohne sie zu senden</translation>
    </message>
    <message>
        <source>Results wait here until the server confirmed them: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Ergebnisse warten hier, bis der Server sie bestätigt hat: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>wird gerade gesendet</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation>Zuerst den Server im Fenster einstellen: %1</translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation>Für %1 wartet nichts.</translation>
    </message>
    <message>
        <source>Another process is sending the results that wait for %1 now; they stay in the outbox until the server has confirmed them.</source>
        <translation>Ein anderer Prozess sendet gerade die Ergebnisse, die auf %1 warten; sie bleiben im Postausgang, bis der Server sie bestätigt hat.</translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation>Bereits auf %1 Gespeichertes wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Nichts gesendet, da ohne Wissen, was der Server schon hat, Ergebnisse doppelt gespeichert werden könnten: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation>Aus dem Postausgang verwerfen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Send the waiting results of the selected batches (all of them when none is selected) to the server set in the window; results the server holds already are not sent again</source>
        <translation>Die wartenden Ergebnisse der ausgewählten Stapel (aller, wenn keiner ausgewählt ist) an den im Fenster eingestellten Server senden; Ergebnisse, die der Server bereits hat, werden nicht erneut gesendet</translation>
    </message>
    <message>
        <source>unknown (damaged header)</source>
        <translation>unbekannt (beschädigte Kopfzeile)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>unfinished: written by a submission that stopped before sending; Drop removes it</source>
        <translation>unfertig: von einer Übermittlung geschrieben, die vor dem Senden abbrach; „Verwerfen“ entfernt ihn</translation>
    </message>
    <message>
        <source>leftover file: %1</source>
        <translation>übrig gebliebene Datei: %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Results waiting: %L1, in batches: %L2.</source>
        <translation>Wartende Ergebnisse: %L1, in Stapeln: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>%Ln vom Server abgelehntes Ergebnis wird gesondert aufbewahrt und nicht erneut gesendet; es korrigieren und erneut übermitteln, dann seinen Stapel verwerfen.</numerusform>
            <numerusform>%Ln vom Server abgelehnte Ergebnisse werden gesondert aufbewahrt und nicht erneut gesendet; sie korrigieren und erneut übermitteln, dann ihre Stapel verwerfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown server (damaged header)</source>
        <translation>ein unbekannter Server (beschädigte Kopfzeile)</translation>
    </message>
    <message>
        <source>Nothing waits for %1. Results wait for %2: select their batches and press Retry to send them to %1.</source>
        <translation>Für %1 wartet nichts. Ergebnisse warten für %2: ihre Stapel auswählen und „Erneut senden“ drücken, um sie an %1 zu senden.</translation>
    </message>
    <message>
        <source>Send to another server</source>
        <translation>An einen anderen Server senden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Stapel wurde für %1 erstellt. Stattdessen an %2 senden? Er wird dann als für %2 bestimmt vermerkt; was %2 bereits hat, wird zuerst abgefragt und nicht erneut gesendet.</numerusform>
            <numerusform>%Ln der ausgewählten Stapel wurden für %1 erstellt. Stattdessen an %2 senden? Sie werden dann als für %2 bestimmt vermerkt; was %2 bereits hat, wird zuerst abgefragt und nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (nichts wurde gesendet)</translation>
    </message>
    <message>
        <source>Sent: %L1, failed: %L2.</source>
        <translation>Gesendet: %L1, fehlgeschlagen: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln davon war bereits gespeichert und wurde nicht erneut gesendet.</numerusform>
            <numerusform>%Ln davon waren bereits gespeichert und wurden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>%Ln Stapel entfernen, ohne ihn zu senden? Seine Ergebnisse gehen endgültig verloren.</numerusform>
            <numerusform>%Ln Stapel entfernen, ohne sie zu senden? Ihre Ergebnisse gehen endgültig verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Lauf %1 beendet: Alle seine Ergebnisse wurden zugestellt.</translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation>Stapel aus dem Postausgang entfernen, ohne sie zu senden.</translation>
    </message>
    <message>
        <source>The batches to remove, as "outbox list" names them.</source>
        <translation>Die zu entfernenden Stapel, wie "outbox list" sie benennt.</translation>
    </message>
    <message>
        <source>Remove every batch.</source>
        <translation>Alle Stapel entfernen.</translation>
    </message>
    <message>
        <source>Name the batches to drop (see benchconnect outbox list), or give --all.</source>
        <translation>Die zu verwerfenden Stapel nennen (siehe benchconnect outbox list) oder --all angeben.</translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>Nichts wurde verworfen.</translation>
    </message>
    <message>
        <source>--all drops every batch: name no batches with it.</source>
        <translation>--all verwirft alle Stapel: dabei keine Stapel nennen.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>Der Postausgang enthält keinen Stapel "%1" (siehe benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Removes the named batches (see "outbox list"), or with --all every batch, from the outbox without sending them: waiting, refused and damaged ones alike, batches a killed submission left unfinished, and journals left without their batch. Their results are lost for good. Files that are not the outbox's are left alone.

</source>
        <translation>Entfernt die genannten Stapel (siehe "outbox list") oder mit --all alle Stapel aus dem Postausgang, ohne sie zu senden: wartende, abgelehnte und beschädigte gleichermaßen, Stapel, die eine gewaltsam beendete Übermittlung unfertig hinterlassen hat, und Bestätigungsprotokolle ohne ihren Stapel. Ihre Ergebnisse gehen endgültig verloren. Dateien, die nicht zum Postausgang gehören, bleiben unberührt.

</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>%Ln Stapel aus dem Postausgang verworfen.</numerusform>
            <numerusform>%Ln Stapel aus dem Postausgang verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox holds no pending finish "%1" (see benchconnect outbox list).</source>
        <translation>Der Postausgang enthält kein ausstehendes Beenden "%1" (siehe benchconnect outbox list).</translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation>Die im Postausgang wartenden Ergebnisse auflisten.</translation>
    </message>
    <message>
        <source>%1  %2  %L3 of %L4 waiting  %5%6</source>
        <translation>%1  %2  %L3 von %L4 wartend  %5%6</translation>
    </message>
    <message>
        <source>  (being sent now)</source>
        <translation>  (wird gerade gesendet)</translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>letztes Problem: %1</translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation>Der Postausgang ist leer (%1).</translation>
    </message>
    <message>
        <source>Lists the outbox's batches: their id, the server they are for, how many of their results are still waiting, when they were made, the results the server refused (with where they came from and the server's reason) and the last problems. Damaged batches are listed with what is wrong and what can be recovered (their readable lines); batches a killed submission left unfinished and other leftover files are listed too.

</source>
        <translation>Listet die Stapel des Postausgangs auf: ihre ID, den Server, für den sie bestimmt sind, wie viele ihrer Ergebnisse noch warten, wann sie erstellt wurden, die vom Server abgelehnten Ergebnisse (mit ihrer Herkunft und dem Grund des Servers) und die letzten Probleme. Beschädigte Stapel werden damit aufgelistet, was nicht stimmt und was sich retten lässt (ihre lesbaren Zeilen); Stapel, die eine gewaltsam beendete Übermittlung unfertig hinterlassen hat, und andere übrig gebliebene Dateien werden ebenfalls aufgelistet.

</translation>
    </message>
    <message>
        <source>(server unknown)</source>
        <translation>(Server unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>%1  (unfinished)  %Ln results  %2</source>
        <translation>
            <numerusform>%1  (unfertig)  %Ln Ergebnis  %2</numerusform>
            <numerusform>%1  (unfertig)  %Ln Ergebnisse  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (leftover)  %2</source>
        <translation>%1  (übrig geblieben)  %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; "benchconnect outbox retry" sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>wiederherstellbar: %Ln lesbares Ergebnis; "benchconnect outbox retry" sendet die wartenden, die beschädigten Zeilen bleiben in der Datei</numerusform>
            <numerusform>wiederherstellbar: %Ln lesbare Ergebnisse; "benchconnect outbox retry" sendet die wartenden, die beschädigten Zeilen bleiben in der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with "benchconnect outbox retry --to-server URL %1"</source>
        <translation>
            <numerusform>wiederherstellbar: %Ln lesbares Ergebnis; mit "benchconnect outbox retry --to-server URL %1" senden</numerusform>
            <numerusform>wiederherstellbar: %Ln lesbare Ergebnisse; mit "benchconnect outbox retry --to-server URL %1" senden</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>abgelehnt: %Ln weiteres Ergebnis</numerusform>
            <numerusform>abgelehnt: %Ln weitere Ergebnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results waiting</source>
        <translation>
            <numerusform>%Ln Ergebnis wartet</numerusform>
            <numerusform>%Ln Ergebnisse warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln batches</source>
        <translation>
            <numerusform>in %Ln Stapel</numerusform>
            <numerusform>in %Ln Stapeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (not sent again)</source>
        <translation>
            <numerusform>%Ln abgelehnt (wird nicht erneut gesendet)</numerusform>
            <numerusform>%Ln abgelehnt (werden nicht erneut gesendet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged or leftover files</source>
        <translation>
            <numerusform>%Ln beschädigte oder übrig gebliebene Datei</numerusform>
            <numerusform>%Ln beschädigte oder übrig gebliebene Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1.finish  %2  the finish of run %1 waits: %3</source>
        <translation>%1.finish  %2  das Beenden von Lauf %1 wartet: %3</translation>
    </message>
    <message>
        <source>its results are still in the outbox</source>
        <translation>seine Ergebnisse sind noch im Postausgang</translation>
    </message>
    <message>
        <source>its results were delivered; "benchconnect outbox retry" sends it</source>
        <translation>seine Ergebnisse wurden zugestellt; "benchconnect outbox retry" sendet es</translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation>Die im Postausgang wartenden Ergebnisse senden.</translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation>Nur diese Stapel senden (Standard: alle für CONBENCH_URL).</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>Der Postausgang enthält keinen Stapel "%1" (siehe benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Nichts gesendet, da ohne Wissen, was der Server schon hat, Ergebnisse doppelt gespeichert werden könnten: %1</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation>Stapel %1 wird gerade von einem anderen Prozess gesendet; übersprungen.</translation>
    </message>
    <message>
        <source>Nothing was sent from here: the other process is sending those results, and they stay in the outbox until the server has confirmed them.</source>
        <translation>Von hier wurde nichts gesendet: Der andere Prozess sendet diese Ergebnisse, und sie bleiben im Postausgang, bis der Server sie bestätigt hat.</translation>
    </message>
    <message>
        <source>Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Server URLs match when they differ only in the case of the scheme or host, a default port or a trailing slash (localhost and 127.0.0.1 are different hosts). With --to-server URL the named batches (all waiting batches when none is named) are sent to that server instead and recorded as being for it from then on; the credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up there and not sent again, so each result is stored exactly once.

Not sent: results the server refused as they are (see "outbox list"), and damaged lines of a batch (its readable lines are sent). A batch whose header is damaged does not say which server it was for: it is sent only when named with --to-server URL.

</source>
        <translation>Sendet die wartenden Ergebnisse des Postausgangs für den Server in CONBENCH_URL (oder nur die als Argumente genannten Stapel). Server-URLs gelten als gleich, wenn sie sich nur in der Groß-/Kleinschreibung von Schema oder Host, einem Standardport oder einem abschließenden Schrägstrich unterscheiden (localhost und 127.0.0.1 sind verschiedene Hosts). Mit --to-server URL werden die genannten Stapel (alle wartenden Stapel, wenn keiner genannt ist) stattdessen an diesen Server gesendet und ab dann als für ihn bestimmt vermerkt; die Anmeldedaten sind CONBENCH_EMAIL und CONBENCH_PASSWORD. Vor dem Senden werden die bereits auf dem Server gespeicherten Ergebnisse (deren Antwort verloren ging, etwa weil der Prozess abgebrochen wurde) dort ermittelt und nicht erneut gesendet, sodass jedes Ergebnis genau einmal gespeichert wird.

Nicht gesendet werden: Ergebnisse, die der Server so, wie sie sind, abgelehnt hat (siehe "outbox list"), und beschädigte Zeilen eines Stapels (seine lesbaren Zeilen werden gesendet). Ein Stapel mit beschädigter Kopfzeile verrät nicht, für welchen Server er bestimmt war: Er wird nur gesendet, wenn er mit --to-server URL genannt wird.

</translation>
    </message>
    <message>
        <source>Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after the server moved; the batches are recorded as being for URL.</source>
        <translation>Die Stapel an den Conbench-Server unter URL senden (statt an CONBENCH_URL), etwa nach einem Umzug des Servers; die Stapel werden als für URL bestimmt vermerkt.</translation>
    </message>
    <message>
        <source>%1 is not sent (%2); "benchconnect outbox drop %1" removes it.</source>
        <translation>%1 wird nicht gesendet (%2); "benchconnect outbox drop %1" entfernt die Datei.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results waiting to be sent (see benchconnect outbox list).</source>
        <translation>Stapel %1 enthält keine Ergebnisse, die auf das Senden warten (siehe benchconnect outbox list).</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1's header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>Die Kopfzeile von Stapel %1 ist beschädigt, daher ist unbekannt, für welchen Server sein %Ln Ergebnis bestimmt war; den Server angeben: benchconnect outbox retry --to-server URL %1</numerusform>
            <numerusform>Die Kopfzeile von Stapel %1 ist beschädigt, daher ist unbekannt, für welchen Server seine %Ln Ergebnisse bestimmt waren; den Server angeben: benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give --to-server %3.</source>
        <translation>Stapel %1 ist für %2 bestimmt, nicht für CONBENCH_URL=%3; um ihn dorthin zu senden, --to-server %3 angeben.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>Stapel %1: %Ln beschädigte Zeile kann nicht gelesen werden und wird nicht gesendet; sie bleibt in der Stapeldatei.</numerusform>
            <numerusform>Stapel %1: %Ln beschädigte Zeilen können nicht gelesen werden und werden nicht gesendet; sie bleiben in der Stapeldatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (nichts wurde gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches are now for %1.</source>
        <translation>
            <numerusform>%Ln Stapel ist jetzt für %1 bestimmt.</numerusform>
            <numerusform>%Ln Stapel sind jetzt für %1 bestimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the outbox waits for %1.</source>
        <translation>Nichts im Postausgang wartet auf %1.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent, and the outbox is as it was.</source>
        <translation>Erneut unterbrochen: sofort beendet. Nichts wurde gesendet, und der Postausgang ist wie zuvor.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted while looking up what the server holds already: nothing was sent, and the %Ln results wait in the outbox (%1) as before.</source>
        <translation>
            <numerusform>Beim Nachschlagen, was der Server schon hat, unterbrochen: Nichts wurde gesendet, und das %Ln Ergebnis wartet wie zuvor im Postausgang (%1).</numerusform>
            <numerusform>Beim Nachschlagen, was der Server schon hat, unterbrochen: Nichts wurde gesendet, und die %Ln Ergebnisse warten wie zuvor im Postausgang (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait for %1: send them there with CONBENCH_URL=%1 benchconnect outbox retry, or to %2 instead with benchconnect outbox retry --to-server %2.</source>
        <translation>
            <numerusform>%Ln Ergebnis wartet auf %1: dorthin senden mit CONBENCH_URL=%1 benchconnect outbox retry, oder stattdessen an %2 mit benchconnect outbox retry --to-server %2.</numerusform>
            <numerusform>%Ln Ergebnisse warten auf %1: dorthin senden mit CONBENCH_URL=%1 benchconnect outbox retry, oder stattdessen an %2 mit benchconnect outbox retry --to-server %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln Ergebnis wartet in beschädigten Stapeln, deren Server unbekannt ist (siehe benchconnect outbox list).</numerusform>
            <numerusform>%Ln Ergebnisse warten in beschädigten Stapeln, deren Server unbekannt ist (siehe benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server are not sent again (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln vom Server abgelehntes Ergebnis wird nicht erneut gesendet (siehe benchconnect outbox list).</numerusform>
            <numerusform>%Ln vom Server abgelehnte Ergebnisse werden nicht erneut gesendet (siehe benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Lauf %1 beendet: Alle seine Ergebnisse wurden zugestellt.</translation>
    </message>
</context>
<context>
    <name>PendingFinishes</name>
    <message>
        <source>Run %1 was not finished: %2</source>
        <translation>Lauf %1 wurde nicht beendet: %2</translation>
    </message>
</context>
<context>
    <name>PostResultCommand</name>
    <message>
        <source>Post results to the server as they are.</source>
        <translation>Ergebnisse unverändert an den Server senden.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sends each result to the server's results endpoint exactly as given, without filling in defaults (use "submit result" for that, or "augment result" first).

All of the input is checked before anything is sent, as "check result" checks it: when any result is one the server would refuse (a field its schema does not take, no stats and no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does not know), each such result is named with the field and the reason, and nothing is written to the outbox or sent. Without --generation only what servers of both generations refuse counts. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Sendet jedes Ergebnis genau wie angegeben an den Ergebnis-Endpunkt des Servers, ohne Standardwerte zu ergänzen (dafür "submit result" verwenden oder zuerst "augment result").

Die gesamte Eingabe wird vor dem Senden geprüft, so wie "check result" sie prüft: Ist ein Ergebnis darunter, das der Server ablehnen würde (ein Feld, das sein Schema nicht kennt, weder stats noch error, nicht genau eines von machine_info und cluster_info, kein tags.name, eine unbekannte Einheit), wird jedes solche Ergebnis mit Feld und Grund genannt, und nichts wird in den Postausgang geschrieben oder gesendet. Ohne --generation zählt nur, was Server beider Generationen ablehnen. Ein Ergebnis, dessen Antwort unterwegs verloren geht, wird auf dem Server nachgeschlagen, bevor es erneut gesendet wird, sodass keines doppelt gespeichert wird.

--path kann auch die Ausgabe eines Benchmark-Werkzeugs sein oder ein Ordner, der Dateien von Werkzeugen und Conbench-JSON mischt: Mit --format auto (Standard) wird jede Datei in dem Format gelesen, das ihr Inhalt zeigt (--verbose sagt, welches), so wie "adapt" sie liest; eine Datei in keinem bekannten Format ist ein Fehler, der sie nennt.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %L1/%L2</source>
        <translation>Ergebnisse werden gesendet: %L1/%L2</translation>
    </message>
    <message>
        <source>, %L1 failed</source>
        <translation>, %L1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %L1/s</source>
        <translation>, %L1/s</translation>
    </message>
    <message>
        <source>, about %L1 s left</source>
        <translation>, noch etwa %L1 s</translation>
    </message>
</context>
<context>
    <name>ProjectEnvironment</name>
    <message>
        <source>%1 is set but blank; ignoring it.</source>
        <translation>%1 ist gesetzt, aber leer; wird ignoriert.</translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation>Eine Pull-Request-Nummer ist gesetzt, CONBENCH_PROJECT_REPOSITORY und CONBENCH_PROJECT_COMMIT aber nicht; es werden keine github-Angaben hinzugefügt.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY="%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>CONBENCH_PROJECT_REPOSITORY="%1" ist kein GitHub-Repository; org/repo oder https://github.com/org/repo verwenden.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT="%1" is not a 40-character hexadecimal commit SHA.</source>
        <translation>CONBENCH_PROJECT_COMMIT="%1" ist kein hexadezimaler Commit-SHA mit 40 Zeichen.</translation>
    </message>
    <message>
        <source>%1="%2" is not a pull request number (a positive integer).</source>
        <translation>%1="%2" ist keine Pull-Request-Nummer (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <source>%1="%2" is not one of auto, ci, git or off; using auto.</source>
        <translation>%1="%2" ist nicht auto, ci, git oder off; auto wird verwendet.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and CONBENCH_PROJECT_COMMIT) to send it.</source>
        <translation>Das Repository %1 (%2) liegt nicht auf github.com; Conbench nimmt nur GitHub-Repositorys an, daher werden keine github-Angaben hinzugefügt. CONBENCH_PROJECT_REPOSITORY (und CONBENCH_PROJECT_COMMIT) setzen, um es zu senden.</translation>
    </message>
    <message>
        <source>%1 names the repository %2, not %3; its values are not used.</source>
        <translation>%1 nennt das Repository %2, nicht %3; seine Werte werden nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a 40-character commit SHA; it is not used.</source>
        <translation>%1 liefert "%2" (%3), keinen 40-stelligen Commit-SHA; wird nicht verwendet.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a pull request number; it is not used.</source>
        <translation>%1 liefert "%2" (%3), keine Pull-Request-Nummer; wird nicht verwendet.</translation>
    </message>
    <message>
        <source>No CI system was recognised by its variables.</source>
        <translation>Kein CI-System wurde an seinen Variablen erkannt.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no GitHub repository was found in the CI variables or the git checkout; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation>CONBENCH_PROJECT_COMMIT ist gesetzt, CONBENCH_PROJECT_REPOSITORY aber nicht, und weder in den CI-Variablen noch im Git-Arbeitsverzeichnis wurde ein GitHub-Repository gefunden; beide setzen (z. B. CONBENCH_PROJECT_REPOSITORY=org/repo).</translation>
    </message>
    <message>
        <source>Commit %1 (%2) was found, but no repository; no github information is added.</source>
        <translation>Commit %1 (%2) wurde gefunden, aber kein Repository; es werden keine github-Angaben hinzugefügt.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no commit was found in the CI variables or the git checkout; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation>CONBENCH_PROJECT_REPOSITORY ist gesetzt, CONBENCH_PROJECT_COMMIT aber nicht, und weder in den CI-Variablen noch im Git-Arbeitsverzeichnis wurde ein Commit gefunden; beide setzen (der Commit ist ein 40-stelliger hexadezimaler SHA).</translation>
    </message>
    <message>
        <source>The repository %1 (%2) was found, but no commit; no github information is added.</source>
        <translation>Das Repository %1 (%2) wurde gefunden, aber kein Commit; es werden keine github-Angaben hinzugefügt.</translation>
    </message>
    <message>
        <source>github.repository is %1, from %2.</source>
        <translation>github.repository ist %1, aus %2.</translation>
    </message>
    <message>
        <source>github.commit is %1, from %2.</source>
        <translation>github.commit ist %1, aus %2.</translation>
    </message>
    <message>
        <source>github.pr_number is %1, from %2.</source>
        <translation>github.pr_number ist %1, aus %2.</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is not sent: the repository's default branch is not known.</source>
        <translation>Der Branch %1 (%2) wird nicht gesendet: Der Standard-Branch des Repositorys ist nicht bekannt.</translation>
    </message>
    <message>
        <source>github.branch is %1, from %2 (the default branch is %3).</source>
        <translation>github.branch ist %1, aus %2 (der Standard-Branch ist %3).</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is the default branch; no branch is sent.</source>
        <translation>Der Branch %1 (%2) ist der Standard-Branch; es wird kein Branch gesendet.</translation>
    </message>
    <message>
        <source>HEAD of %1 is detached (no branch is checked out).</source>
        <translation>HEAD von %1 ist losgelöst (kein Branch ausgecheckt).</translation>
    </message>
    <message>
        <source>The results are not those of commit %1 alone: %2 has uncommitted changes to tracked files.</source>
        <translation>Die Ergebnisse stammen nicht allein von Commit %1: %2 enthält nicht committete Änderungen an versionierten Dateien.</translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message>
        <source>not pytest-benchmark JSON: it has no "machine_info" object and "benchmarks" list</source>
        <translation>kein pytest-benchmark-JSON: Es enthält kein "machine_info"-Objekt und keine "benchmarks"-Liste</translation>
    </message>
    <message>
        <source>benchmark %1 (%2) has no "stats" with a "mean"</source>
        <translation>Benchmark %1 (%2) hat keine "stats" mit einem "mean"</translation>
    </message>
    <message>
        <source>benchmark %1: %2</source>
        <translation>Benchmark %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln Benchmark enthält keine Runden (ohne --benchmark-save-data gespeichert); sein Mittelwert steht für die Daten, mit den zusammenfassenden Statistiken daneben.</numerusform>
            <numerusform>%Ln Benchmarks enthalten keine Runden (ohne --benchmark-save-data gespeichert); ihr Mittelwert steht für die Daten, mit den zusammenfassenden Statistiken daneben.</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest-benchmark JSON (--benchmark-json)</source>
        <translation>pytest-benchmark-JSON (--benchmark-json)</translation>
    </message>
</context>
<context>
    <name>ReferenceWriter</name>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation>Eine gesetzte, aber leere Variable wird mit einer Warnung ignoriert.</translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. "%2 outbox list" shows what waits, "%2 outbox retry" sends it, "%2 outbox drop" removes it.</source>
        <translation>Der Postausgang (oder --outbox DIR, oder BENCHCONNECT_OUTBOX). %1 Ergebnisse werden in Stapeln von bis zu 1000 aufbewahrt (ID.ndjson), jeweils mit einem Protokoll der Bestätigungen daneben (ID.done); das Verzeichnis und seine Dateien sind nur für ihren Eigentümer lesbar und enthalten nie Anmeldedaten. "%2 outbox list" zeigt, was wartet, "%2 outbox retry" sendet es, "%2 outbox drop" entfernt es.</translation>
    </message>
    <message>
        <source>The run's state file, in the current directory: written by "start run" once the server accepted the run, read by "submit result" and "finish run", removed by "finish run" once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation>Die Zustandsdatei des Laufs im aktuellen Verzeichnis: geschrieben von "start run", sobald der Server den Lauf angenommen hat, gelesen von "submit result" und "finish run", entfernt von "finish run", sobald der Server das Beenden angenommen hat. Sie enthält, was alle Ergebnisse des Laufs gemeinsam haben (run_id, run_name, run_reason, github, machine_info oder cluster_info), nie ein Passwort, und ist nur für ihren Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation>Ein Lauf in einem CI-Job:</translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation>Standardwerte von Ergebnissen ergänzen, dann senden:</translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation>Senden, was eine fehlgeschlagene Übermittlung im Postausgang hinterlassen hat:</translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation>Benchmark-Ergebnisse an einen Conbench-Server senden</translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; "benchconnect GROUP --help" (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation>Jeder Unterbefehl erklärt sich mit --help; "benchconnect GROUP --help" (augment, post, put, outbox) listet die Unterbefehle einer Gruppe auf.</translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation>das Desktop-Fenster zum Senden von Benchmark-Ergebnissen an einen Conbench-Server</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop's keychain, never in a file.</source>
        <translation>Ohne Unterbefehl öffnet es das Fenster: den Server, den Lauf (Anlass, Name, Commit, Branch, Rechner oder Cluster) und die Ergebnisse, als Dateien oder Ordner auf dem Fenster abgelegt. „Lauf übermitteln“ legt den Lauf an, sendet die Ergebnisse über den Postausgang und beendet den Lauf, mit Fortschrittsanzeige und „Abbrechen“. Das Passwort wird im Schlüsselbund des Desktops aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Each PATH, a file or a folder of results, is added to the window as if dropped on it ("benchconnect-gui results/ other.json"); a path that does not exist is said in the window's Log and on standard error. An argument that begins with "-" and is not a subcommand is refused with exit status 2; "--" before the paths lets one begin with "-".</source>
        <translation>Jeder PATH, eine Datei oder ein Ordner mit Ergebnissen, wird dem Fenster hinzugefügt, als wäre er darauf abgelegt worden („benchconnect-gui results/ other.json“); ein Pfad, den es nicht gibt, wird im Protokoll des Fensters und auf der Standardfehlerausgabe genannt. Ein Argument, das mit „-“ beginnt und kein Unterbefehl ist, wird mit Exit-Status 2 abgelehnt; „--“ vor den Pfaden erlaubt einen, der mit „-“ beginnt.</translation>
    </message>
    <message>
        <source>Where there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set), it says so and ends with exit status 1.</source>
        <translation>Gibt es keine Anzeige, auf der sich das Fenster öffnen könnte (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt), sagt es das und endet mit dem Exit-Status 1.</translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation>Mit einem Unterbefehl verhält es sich genau wie benchconnect(1), mit denselben Unterbefehlen, Optionen, Umgebungsvariablen und Exit-Status, und öffnet kein Fenster.</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>Die Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>im Postausgang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The unit of the samples (stats.unit)</source>
        <translation>Die Einheit der Messwerte (stats.unit)</translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation>Wie viele Messwerte das Ergebnis enthält (die Länge von stats.data)</translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation>Die Datei, aus der das Ergebnis gelesen wurde</translation>
    </message>
    <message>
        <source>Whether the result can be sent, and how far it got</source>
        <translation>Ob das Ergebnis gesendet werden kann und wie weit es gekommen ist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The benchmark's name (tags.name), then its other tags (its parameters)</source>
        <translation>Der Name des Benchmarks (tags.name), dann seine übrigen Tags (seine Parameter)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The benchmark tool whose output the result was read from</source>
        <translation>Das Benchmark-Werkzeug, aus dessen Ausgabe das Ergebnis gelesen wurde</translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object ({...})</source>
        <translation>kein JSON-Objekt ({...})</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Why the benchmarks ran (the run's reason; each result's run_reason)</source>
        <translation>Warum die Benchmarks liefen (der Anlass des Laufs; run_reason jedes Ergebnisses)</translation>
    </message>
    <message>
        <source>The run's name. Empty: "REASON: COMMIT" when both are known.</source>
        <translation>Der Name des Laufs. Leer: "ANLASS: COMMIT", wenn beides bekannt ist.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Run tags, sent as each result's run_tags (servers since late 2023 store them)</source>
        <translation>Lauf-Tags, gesendet als run_tags jedes Ergebnisses (Server seit Ende 2023 speichern sie)</translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation>Lauf-Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation>Das ausgewählte Lauf-Tag entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>org/repo</source>
        <translation>org/repo</translation>
    </message>
    <message>
        <source>The benchmarked repository (CONBENCH_PROJECT_REPOSITORY)</source>
        <translation>Das gemessene Repository (CONBENCH_PROJECT_REPOSITORY)</translation>
    </message>
    <message>
        <source>40-character commit SHA</source>
        <translation>Commit-SHA mit 40 Zeichen</translation>
    </message>
    <message>
        <source>The benchmarked commit (CONBENCH_PROJECT_COMMIT)</source>
        <translation>Der gemessene Commit (CONBENCH_PROJECT_COMMIT)</translation>
    </message>
    <message>
        <source>The pull request's number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation>Die Nummer des Pull-Requests (CONBENCH_PROJECT_PR_NUMBER)</translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation>org:branch, selten nötig</translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation>Ein Commit, der nicht auf dem Standard-Branch liegt und keinen Pull-Request hat (github.branch)</translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation>Repository und Commit aus einem lokalen Git-Arbeitsverzeichnis übernehmen</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Send this machine's machine_info</source>
        <translation>Die machine_info dieses Rechners senden</translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation>cluster_info statt machine_info senden</translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation>Diesen Namen statt des Hostnamens als machine_info.name senden (CONBENCH_MACHINE_INFO_NAME)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The machine_info that will be sent (read-only)</source>
        <translation>Die machine_info, die gesendet wird (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <source>The cluster's distinct name (cluster_info.name)</source>
        <translation>Der eindeutige Name des Clusters (cluster_info.name)</translation>
    </message>
    <message>
        <source>{"nodes": 4, "workers": 32}</source>
        <translation>{"nodes": 4, "workers": 32}</translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation>Was den Cluster auszeichnet, als JSON-Objekt (cluster_info.info)</translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation>Wenn der Lauf fehlschlug</translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation>leer: der Lauf war erfolgreich</translation>
    </message>
    <message>
        <source>Sent as the run's error_type when the run is finished</source>
        <translation>Wird beim Beenden des Laufs als sein error_type gesendet</translation>
    </message>
    <message>
        <source>{"step": "join"}</source>
        <translation>{"step": "join"}</translation>
    </message>
    <message>
        <source>Sent as the run's error_info (a JSON object) when the run is finished</source>
        <translation>Wird beim Beenden des Laufs als sein error_info (ein JSON-Objekt) gesendet</translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation>Commit aus %1 gelesen; sein origin (%2) liegt nicht auf GitHub: das Repository eintragen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Git checkout %1: commit %2, origin %3</source>
        <translation>Git-Arbeitsverzeichnis %1: Commit %2, origin %3</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>ANLASS</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>"%1: %2" when a reason and a commit are given</source>
        <translation>"%1: %2", wenn Anlass und Commit angegeben sind</translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation>Eine Pull-Request-Nummer oder ein Branch braucht ein Repository und einen Commit.</translation>
    </message>
    <message>
        <source>The GitHub repository is missing: a run with a commit needs its repository (or no commit).</source>
        <translation>Das GitHub-Repository fehlt: Ein Lauf mit Commit braucht sein Repository (oder keinen Commit).</translation>
    </message>
    <message>
        <source>The commit is missing: a run with a GitHub repository needs the commit it benchmarked (or no repository).</source>
        <translation>Der Commit fehlt: Ein Lauf mit GitHub-Repository braucht den gemessenen Commit (oder kein Repository).</translation>
    </message>
    <message>
        <source>"%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"%1" ist kein GitHub-Repository; org/repo oder https://github.com/org/repo verwenden.</translation>
    </message>
    <message>
        <source>The commit "%1" is not a 40-character hexadecimal SHA.</source>
        <translation>Der Commit "%1" ist kein hexadezimaler SHA mit 40 Zeichen.</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Der Cluster braucht einen Namen.</translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation>Die Cluster-Info ist %1.</translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation>Die Fehler-Info ist %1.</translation>
    </message>
    <message>
        <source>Choose a git checkout</source>
        <translation>Git-Arbeitsverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Th&amp;is machine</source>
        <translation>Dieser &amp;Rechner</translation>
    </message>
    <message>
        <source>&amp;A cluster</source>
        <translation>Ein Clu&amp;ster</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Anlass:</translation>
    </message>
    <message>
        <source>Run ta&amp;gs:</source>
        <translation>Lauf-Ta&amp;gs:</translation>
    </message>
    <message>
        <source>its number; none: a default-branch run</source>
        <translation>seine Nummer; keine: ein Lauf auf dem Standard-Branch</translation>
    </message>
    <message>
        <source>From a git chec&amp;kout…</source>
        <translation>Aus Git-Arbeits&amp;verzeichnis…</translation>
    </message>
    <message>
        <source>Pull re&amp;quest:</source>
        <translation>Pull-Re&amp;quest:</translation>
    </message>
    <message>
        <source>Host name o&amp;verride:</source>
        <translation>Hostname-Ersat&amp;z:</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Cluster-Na&amp;me:</translation>
    </message>
    <message>
        <source>Cluster inf&amp;o (JSON):</source>
        <translation>Cluster-&amp;Info (JSON):</translation>
    </message>
    <message>
        <source>Error t&amp;ype:</source>
        <translation>Fehlert&amp;yp:</translation>
    </message>
    <message>
        <source>Error &amp;details (JSON):</source>
        <translation>&amp;Fehlerdetails (JSON):</translation>
    </message>
    <message>
        <source>Not a GitHub repository: use org/repo or https://github.com/org/repo.</source>
        <translation>Kein GitHub-Repository: org/repo oder https://github.com/org/repo verwenden.</translation>
    </message>
    <message>
        <source>Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).</source>
        <translation>Kein vollständiger Commit-SHA: Ein solcher hat 40 Hexadezimalzeichen (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a repository, so it needs the commit (git rev-parse HEAD).</source>
        <translation>Erforderlich: Der Lauf hat ein Repository und braucht daher den Commit (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a commit, so it needs its repository.</source>
        <translation>Erforderlich: Der Lauf hat einen Commit und braucht daher sein Repository.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>Kein JSON-Objekt: %1.</translation>
    </message>
</context>
<context>
    <name>RunRequestCommand</name>
    <message>
        <source>Create runs on the server as they are.</source>
        <translation>Läufe unverändert auf dem Server anlegen.</translation>
    </message>
    <message>
        <source>Update runs on the server (the id goes in the URL).</source>
        <translation>Läufe auf dem Server aktualisieren (die ID kommt in die URL).</translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use "start run" for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Sendet jeden Lauf genau wie angegeben an POST /api/runs/, ohne Standardwerte zu ergänzen (dafür "start run" verwenden).

Server seit Ende 2023 führen Läufe implizit, über ihre Ergebnisse: Sie antworten auf diese Anfrage mit 405, was einmal gemeldet wird und kein Fehler ist.</translation>
    </message>
    <message>
        <source>Sends each run's fields to PUT /api/runs/ID/: the "id" of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Sendet die Felder jedes Laufs an PUT /api/runs/ID/: Die "id" aus dem JSON kommt in die URL und wird aus dem Body entfernt. Meist sind die Felder finished_timestamp, error_type, error_info und info.

Server seit Ende 2023 führen Läufe implizit, über ihre Ergebnisse: Sie antworten auf diese Anfrage mit 405, was einmal gemeldet wird und kein Fehler ist.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>the run has no "id"; put run needs it for the URL</source>
        <translation>der Lauf hat keine "id"; put run braucht sie für die URL</translation>
    </message>
    <message>
        <source>the run's "id" is not a string (Conbench's run ids are strings)</source>
        <translation>die "id" des Laufs ist keine Zeichenkette (die Lauf-IDs von Conbench sind Zeichenketten)</translation>
    </message>
    <message>
        <source>the run has no "id" ("augment run" adds one)</source>
        <translation>der Lauf hat keine "id" ("augment run" fügt eine hinzu)</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Nichts zu aktualisieren.</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>Nichts anzulegen.</translation>
    </message>
    <message>
        <source>%1: run %2 not %3: %4</source>
        <translation>%1: Lauf %2 nicht %3: %4</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>No run has been started here: %1 does not exist. Run "benchconnect start run" first (in this directory).</source>
        <translation>Hier wurde kein Lauf gestartet: %1 existiert nicht. Zuerst "benchconnect start run" ausführen (in diesem Verzeichnis).</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be the run's state file: the state of a run started here is kept in a file of that name. Remove it, or work in another directory.</source>
        <translation>%1 ist keine reguläre Datei und kann daher nicht die Zustandsdatei des Laufs sein: Der Zustand eines hier gestarteten Laufs wird in einer Datei dieses Namens aufbewahrt. Sie entfernen, oder in einem anderen Verzeichnis arbeiten.</translation>
    </message>
    <message>
        <source>%1 is a directory, not the run's state file: the state of a run started here is kept in a file of that name. Remove or rename the directory, or work in another directory.</source>
        <translation>%1 ist ein Verzeichnis, nicht die Zustandsdatei des Laufs: Der Zustand eines hier gestarteten Laufs wird in einer Datei dieses Namens aufbewahrt. Das Verzeichnis entfernen oder umbenennen, oder in einem anderen Verzeichnis arbeiten.</translation>
    </message>
    <message>
        <source>%1: cannot read the run's state file: %2</source>
        <translation>%1: Zustandsdatei des Laufs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the run's state file: %2</source>
        <translation>%1: Zustandsdatei des Laufs kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the run's state file: %2</source>
        <translation>%1: Zustandsdatei des Laufs kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>"%1" is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation>"%1" ist %2 im Ergebnis, aber %3 im gestarteten Lauf; im Ergebnis weglassen oder einen anderen Lauf starten.</translation>
    </message>
    <message>
        <source>The run's state file does not say which server run %1 was started on (it was written by an earlier benchconnect); using %2.</source>
        <translation>Die Zustandsdatei des Laufs gibt nicht an, auf welchem Server Lauf %1 gestartet wurde (sie stammt von einer älteren benchconnect-Version); verwendet wird %2.</translation>
    </message>
    <message>
        <source>Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run (nothing was sent).</source>
        <translation>Lauf %1 wurde auf %2 gestartet, aber CONBENCH_URL ist %3; CONBENCH_URL=%2 setzen, um den Lauf fortzusetzen (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>%1: the run's state file is not valid JSON %2; repair it, or remove it and start the run again.</source>
        <translation>%1: Die Zustandsdatei des Laufs ist kein gültiges JSON %2; sie reparieren oder entfernen und den Lauf neu starten.</translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (it holds no run_id); remove it and start the run again.</source>
        <translation>%1 ist keine Zustandsdatei von benchconnect (sie enthält keine run_id); die Datei entfernen und den Lauf neu starten.</translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Refused by the server: %1: %2</source>
        <translation>Vom Server abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation>Lauf %1 wird auf %2 angelegt…</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation>Dieser Conbench-Server führt Läufe implizit: Ein Lauf existiert über seine Ergebnisse (der Server antwortete auf den Lauf-Endpunkt mit 405). Der Lauf erscheint mit seinem ersten Ergebnis.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation>Abgebrochen, bevor der Lauf angelegt wurde; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The run was not created: %1. Its results wait in the outbox with its finish: Outbox… sends them once the server answers.</source>
        <translation>Der Lauf wurde nicht angelegt: %1. Seine Ergebnisse warten mit dem Beenden des Laufs im Postausgang: „Postausgang…“ sendet sie, sobald der Server antwortet.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; its results and its finish wait in the outbox.</source>
        <translation>Abgebrochen, bevor der Lauf angelegt wurde; seine Ergebnisse und das Beenden des Laufs warten im Postausgang.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results written to the outbox (%1).</source>
        <translation>
            <numerusform>%Ln Ergebnis in den Postausgang geschrieben (%1).</numerusform>
            <numerusform>%Ln Ergebnisse in den Postausgang geschrieben (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the results to the outbox…</source>
        <translation>Die Ergebnisse werden in den Postausgang geschrieben…</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>Der Lauf wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>Lauf %1 angelegt.</translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation>Dieser Server (vor Ende 2023) kennt keine Lauf-Tags; sie werden in den Ergebnissen weggelassen.</translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation>Nichts gesendet: Die Ergebnisse konnten nicht in den Postausgang geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.</source>
        <translation>Ergebnisse gesendet: %L1 von %L2, fehlgeschlagen: %L3%4, in %L5 s.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>Sending results: %L1…</source>
        <translation>Ergebnisse werden gesendet: %L1…</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed</source>
        <translation>%L1 gesendet, %L2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %L1 found invalid when sending</source>
        <translation>, %L1 beim Senden als ungültig erkannt</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation>Der Server führt Läufe implizit (405): error_type und error_info können am Lauf nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation>Der Server führt Läufe implizit (405): Es gibt keinen Lauf, der als beendet markiert werden kann.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation>Der Lauf wurde nicht beendet: %1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 finished.</source>
        <translation>Lauf %1 beendet.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>Finished with failures: %1.</source>
        <translation>Mit Fehlern beendet: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or "benchconnect outbox retry", sends them.</source>
        <translation>
            <numerusform>%Ln Ergebnis wartet im Postausgang (%1): „Postausgang…“ in diesem Fenster oder "benchconnect outbox retry" sendet es.</numerusform>
            <numerusform>%Ln Ergebnisse warten im Postausgang (%1): „Postausgang…“ in diesem Fenster oder "benchconnect outbox retry" sendet sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.</source>
        <translation>Abgebrochen: %L1 gesendet, %L2 nicht bestätigt; der Lauf wurde nicht beendet.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent, and nothing is tried again; the requests on the wire may finish. Cancel again to abandon them.</source>
        <translation>Abbruch: Nichts Neues wird gesendet und nichts erneut versucht; unterwegs befindliche Anfragen können noch abschließen. Erneut abbrechen, um sie aufzugeben.</translation>
    </message>
    <message>
        <source>The run's finish could not be kept in the outbox: %1</source>
        <translation>Das Beenden des Laufs konnte nicht im Postausgang aufbewahrt werden: %1</translation>
    </message>
    <message>
        <source>The run's finish waits in the outbox: Outbox… (or "benchconnect outbox retry") sends it once the run's results are delivered.</source>
        <translation>Das Beenden des Laufs wartet im Postausgang: „Postausgang…“ (oder "benchconnect outbox retry") sendet es, sobald die Ergebnisse des Laufs zugestellt sind.</translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered its results.</source>
        <translation>Abgebrochen: %L1 gesendet, %L2 nicht bestätigt; der Lauf wird beendet, wenn der Postausgang seine Ergebnisse zugestellt hat.</translation>
    </message>
    <message>
        <source>Cancelling now: the requests under way are abandoned.</source>
        <translation>Sofortiger Abbruch: Die laufenden Anfragen werden aufgegeben.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>The server URL</source>
        <translation>Die Server-URL</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api (CONBENCH_URL)</source>
        <translation>Die Adresse des Conbench-Servers, ohne /api (CONBENCH_URL)</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation>Das Passwort des Kontos (CONBENCH_PASSWORD). Wird im System-Schlüsselbund aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation>Den Server fragen, ob er antwortet (GET /api/ping/), dann anmelden, wenn eine E-Mail angegeben ist</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation>Das Passwort für %1 wurde aus dem System-Schlüsselbund übernommen.</translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation>E-Mail ohne Passwort angegeben; zum Anmelden beides eingeben, für einen öffentlichen Server keins von beiden.</translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation>Kein System-Schlüsselbund antwortet (%1): Das Passwort wird nur für diese Sitzung aufbewahrt, nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation>Das Passwort des Kontos (CONBENCH_PASSWORD). Kein System-Schlüsselbund verfügbar: Es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Anfrage an %1…</translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation>%1 antwortete nicht wie ein Conbench-Server: %2</translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation>Verbunden: %1 antwortet (ohne Anmeldung; ein öffentlicher Server).</translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation>Verbunden: %1 antwortet und %2 ist angemeldet.</translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation>%1 antwortet, hat aber E-Mail oder Passwort abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation>%1 antwortet, aber die Anmeldung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>das Konto für die Anmeldung</translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a logged-in user, on a public server too; leave it empty only for a server that takes results without a log-in.</source>
        <translation>Das Konto für die Anmeldung (CONBENCH_EMAIL). Conbench speichert Ergebnisse nur für einen angemeldeten Benutzer, auch auf einem öffentlichen Server; nur für einen Server leer lassen, der Ergebnisse ohne Anmeldung annimmt.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Stop &amp;testing</source>
        <translation>&amp;Test abbrechen</translation>
    </message>
    <message>
        <source>Give up the connection test (Esc)</source>
        <translation>Den Verbindungstest aufgeben (Esc)</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered.</source>
        <translation>Test angehalten, bevor %1 geantwortet hat.</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered the log-in.</source>
        <translation>Test angehalten, bevor %1 auf die Anmeldung geantwortet hat.</translation>
    </message>
    <message>
        <source>The server profile to send to (Preferences &gt; Servers); the fields below show it and edit it. None: the server typed below.</source>
        <translation>Das Serverprofil, an das gesendet wird (Einstellungen &gt; Server); die Felder darunter zeigen und bearbeiten es. Keines: der unten eingegebene Server.</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Server…</translation>
    </message>
    <message>
        <source>Add, change or remove server profiles</source>
        <translation>Serverprofile hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The CA bundle %1 of the profile "%2" cannot be read; correct it in Preferences &gt; Servers.</source>
        <translation>Das CA-Bundle %1 des Profils "%2" kann nicht gelesen werden; unter Einstellungen &gt; Server korrigieren.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Keep retrying a request that gets no usable answer (connection errors, time-outs, 5xx, 429) for up to SECONDS (default 1800; also BENCHCONNECT_RETRY_DEADLINE).</source>
        <translation>Eine Anfrage ohne brauchbare Antwort (Verbindungsfehler, Zeitüberschreitungen, 5xx, 429) bis zu SECONDS Sekunden lang wiederholen (Standard: 1800; auch BENCHCONNECT_RETRY_DEADLINE).</translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation>Einen Versuch aufgeben, wenn der Server nicht innerhalb von SECONDS Sekunden geantwortet hat (Standard: 150; 10 bei der Anmeldung), dann erneut versuchen.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei zusätzlich vertrauen (auch BENCHCONNECT_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>Do not verify the server's TLS certificate. Only on a network you trust.</source>
        <translation>Das TLS-Zertifikat des Servers nicht prüfen. Nur in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <source>--retry-deadline "%1" is not a number of seconds.</source>
        <translation>--retry-deadline "%1" ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>--timeout "%1" is not a positive number of seconds.</source>
        <translation>--timeout "%1" ist keine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation>%1: CA-Bundle kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>--insecure: the server's TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation>--insecure: Das TLS-Zertifikat des Servers wird nicht geprüft; jeder auf dem Netzwerkpfad könnte Anmeldedaten und Ergebnisse mitlesen.</translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (nichts wurde gesendet)</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (nichts wurde gesendet)</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>Die Eingabe enthält keine JSON-Objekte.</translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation>Die Eingabe enthält mehr als ein JSON-Objekt; nur eines angeben.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, but nothing came on it within %L1 s: it is not read, as if no %2 were given. Give "-" to wait for it, or redirect it from /dev/null to say there is none.</source>
        <translation>Die Standardeingabe ist kein Terminal, aber innerhalb von %L1 s kam darauf nichts: Sie wird nicht gelesen, als wäre kein(e) %2 angegeben. Mit "-" wird darauf gewartet; eine Umleitung von /dev/null sagt, dass es keine gibt.</translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation>Wird angehalten: Es werden keine neuen Ergebnisse gesendet; laufende Anfragen werden abgewartet. Nicht Gesendetes bleibt im Postausgang (benchconnect outbox retry). Erneut Strg+C drücken, um sofort zu beenden.</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).</source>
        <translation>Ergebnisse gesendet: %L1, fehlgeschlagen: %L2, im Postausgang: %L3 (an %4, in %L5 s).</translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with "benchconnect outbox retry".</source>
        <translation>Der Postausgang (%1) bewahrt auf, was nicht gespeichert wurde; mit "benchconnect outbox retry" senden.</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation>Dieser Conbench-Server führt Läufe implizit: Ein Lauf existiert über seine Ergebnisse (der Server antwortete auf den Lauf-Endpunkt mit 405). %1</translation>
    </message>
    <message>
        <source>A run's field is "%1"; "%2" is the name results use ("start run" and "augment run" accept both).</source>
        <translation>Ein Feld des Laufs heißt "%1"; "%2" ist der Name, den Ergebnisse verwenden ("start run" und "augment run" akzeptieren beide).</translation>
    </message>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses (400) is kept there apart as refused and not sent again; the others are still sent (see "benchconnect outbox retry --help").</source>
        <translation>Ergebnisse in DIR aufbewahren, bis der Server sie bestätigt hat (Standard: ~/.local/share/benchconnect/outbox; auch BENCHCONNECT_OUTBOX). Ein Ergebnis, das der Server ablehnt (400), wird dort gesondert als abgelehnt aufbewahrt und nicht erneut gesendet; die übrigen werden weiter gesendet (siehe "benchconnect outbox retry --help").</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: vom Server abgelehnt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>%Ln Ergebnis vom Server abgelehnt (%1): %2</numerusform>
            <numerusform>%Ln Ergebnisse vom Server abgelehnt (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln Ergebnis nicht gespeichert (%1): %2</numerusform>
            <numerusform>%Ln Ergebnisse nicht gespeichert (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln weiteres Ergebnis aus anderen Gründen nicht gespeichert (siehe benchconnect outbox list).</numerusform>
            <numerusform>%Ln weitere Ergebnisse aus anderen Gründen nicht gespeichert (siehe benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln davon war bereits gespeichert und wurde nicht erneut gesendet.</numerusform>
            <numerusform>%Ln davon waren bereits gespeichert und wurden nicht erneut gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): "benchconnect outbox retry" does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with "benchconnect outbox drop".</source>
        <translation>
            <numerusform>%Ln vom Server abgelehntes Ergebnis wird gesondert im Postausgang aufbewahrt (%1): "benchconnect outbox retry" sendet es nicht erneut, da es so, wie es ist, nicht gespeichert werden kann. Es korrigieren und erneut übermitteln, dann mit "benchconnect outbox drop" entfernen.</numerusform>
            <numerusform>%Ln vom Server abgelehnte Ergebnisse werden gesondert im Postausgang aufbewahrt (%1): "benchconnect outbox retry" sendet sie nicht erneut, da sie so, wie sie sind, nicht gespeichert werden können. Sie korrigieren und erneut übermitteln, dann mit "benchconnect outbox drop" entfernen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Sending stopped. "benchconnect outbox retry" looks up what the server holds before it sends again.</source>
        <translation>%1. Senden angehalten. "benchconnect outbox retry" ermittelt vor dem erneuten Senden, was der Server bereits hat.</translation>
    </message>
    <message>
        <source>Take the server's URL, e-mail, CA bundle and insecure flag from the server profile NAME in the window's settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from CONBENCH_PASSWORD.</source>
        <translation>URL, E-Mail, CA-Bundle und Insecure-Schalter des Servers aus dem Serverprofil NAME in der Einstellungsdatei des Fensters übernehmen (auch BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL und BENCHCONNECT_CA_BUNDLE haben, wenn gesetzt, Vorrang vor dem Profil; das Passwort kommt aus CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>--profile is empty; give the name of a server profile.</source>
        <translation>--profile ist leer; den Namen eines Serverprofils angeben.</translation>
    </message>
    <message>
        <source>The server profile "%1" does not verify the server's TLS certificate; anyone on the network path could read the credentials and results.</source>
        <translation>Das Serverprofil "%1" prüft das TLS-Zertifikat des Servers nicht; jeder auf dem Netzwerkpfad könnte Anmeldedaten und Ergebnisse mitlesen.</translation>
    </message>
    <message>
        <source>At the end, compare the run with its baseline as "compare run" does, with the options below (the output format is --compare-format here).</source>
        <translation>Am Ende den Lauf mit seiner Baseline vergleichen, wie "compare run" es tut, mit den Optionen unten (das Ausgabeformat ist hier --compare-format).</translation>
    </message>
    <message>
        <source>--%1 is used only with --compare; ignoring it.</source>
        <translation>--%1 gilt nur mit --compare; die Option wird ignoriert.</translation>
    </message>
    <message>
        <source>--max-in-flight "%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>--max-in-flight "%1" ist weder "auto" noch eine Zahl von 1 bis 64.</translation>
    </message>
    <message>
        <source>Send up to N requests at once, or "auto" (the default; also BENCHCONNECT_MAX_IN_FLIGHT): start with 4, double while the answers stay as fast, then move by one as fewer or more of them wait in a queue; go down on 429/503 answers and time-outs, and never above 16.</source>
        <translation>Bis zu N Anfragen gleichzeitig senden, oder "auto" (Standard; auch BENCHCONNECT_MAX_IN_FLIGHT): mit 4 beginnen, verdoppeln, solange die Antworten gleich schnell bleiben, dann um eins ändern, je nachdem ob weniger oder mehr von ihnen in einer Warteschlange warten; bei 429/503-Antworten und Zeitüberschreitungen senken, nie mehr als 16.</translation>
    </message>
    <message>
        <source>Interrupted while reading the input: nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Beim Lesen der Eingabe unterbrochen: Es wurde nichts gesendet, und nichts davon wurde im Postausgang behalten.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. What the server has not confirmed stays in the outbox (%1); "benchconnect outbox retry" sends it, and looks up first what the server stored already, so that nothing is stored twice.</source>
        <translation>Erneut unterbrochen: sofort beendet. Was der Server nicht bestätigt hat, bleibt im Postausgang (%1); "benchconnect outbox retry" sendet es und prüft zuerst, was der Server schon gespeichert hat, damit nichts doppelt gespeichert wird.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent.</source>
        <translation>Erneut unterbrochen: sofort beendet. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Interrupted again while reading the input: quit at once. Nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Beim Lesen der Eingabe erneut unterbrochen: sofort beendet. Nichts wurde gesendet, und nichts davon wurde im Postausgang behalten.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</source>
        <translation>
            <numerusform>Vor dem ersten gesendeten Ergebnis unterbrochen: Es wurde nichts gesendet. Das eine in den Postausgang (%1) geschriebene Ergebnis wartet dort; mit "benchconnect outbox retry" senden.</numerusform>
            <numerusform>Vor dem ersten gesendeten Ergebnis unterbrochen: Es wurde nichts gesendet. Die %Ln in den Postausgang (%1) geschriebenen Ergebnisse warten dort; mit "benchconnect outbox retry" senden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Ein Serverprofil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected profile and its password in the keychain</source>
        <translation>Das ausgewählte Profil und sein Passwort im Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>staging, production…</source>
        <translation>staging, production…</translation>
    </message>
    <message>
        <source>The profile's name, as the window's picker and "benchconnect --profile" take it</source>
        <translation>Der Name des Profils, wie ihn die Auswahl im Fenster und "benchconnect --profile" annehmen</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api</source>
        <translation>Die Adresse des Conbench-Servers, ohne /api</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>das Konto für die Anmeldung</translation>
    </message>
    <message>
        <source>Kept in the system keychain under the profile's name, never in a file. The command-line program takes it from CONBENCH_PASSWORD.</source>
        <translation>Wird im System-Schlüsselbund unter dem Namen des Profils aufbewahrt, nie in einer Datei. Das Befehlszeilenprogramm übernimmt es aus CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>Extra CA certificates (a PEM file) to trust for this server</source>
        <translation>Zusätzliche CA-Zertifikate (eine PEM-Datei), denen für diesen Server vertraut wird</translation>
    </message>
    <message>
        <source>Choose the PEM file</source>
        <translation>PEM-Datei auswählen</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (only on a network you trust)</source>
        <translation>TLS-Zertifikat nicht prüfen (nur in einem vertrauenswürdigen Netzwerk)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bundle:</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins.</source>
        <translation>Gilt ab dem nächsten Start. BENCHCONNECT_LANGUAGE hat, wenn gesetzt, Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>Neuer Server %1</translation>
    </message>
    <message>
        <source>A profile has no name; give it one.</source>
        <translation>Ein Profil hat keinen Namen; ihm einen geben.</translation>
    </message>
    <message>
        <source>Two profiles are named "%1"; give each its own name.</source>
        <translation>Zwei Profile heißen "%1"; jedem einen eigenen Namen geben.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Profil "%1": %2</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>Die URL</translation>
    </message>
    <message>
        <source>Profile "%1": the CA bundle %2 cannot be read.</source>
        <translation>Profil "%1": Das CA-Bundle %2 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation>Einen Lauf starten: anlegen und die Zustandsdatei schreiben.</translation>
    </message>
    <message>
        <source>Not sent and not kept, since this server keeps nothing of a run but what its results carry (its id, name, reason, github and machine_info or cluster_info): %1.</source>
        <translation>Weder gesendet noch aufbewahrt, da dieser Server von einem Lauf nur behält, was seine Ergebnisse tragen (ID, name, reason, github und machine_info oder cluster_info): %1.</translation>
    </message>
    <message>
        <source>Not a field of a run, so not sent and not kept: %1 (a server up to August 2023 refuses a run that holds it).</source>
        <translation>Kein Feld eines Laufs, daher weder gesendet noch aufbewahrt: %1 (ein Server bis August 2023 lehnt einen Lauf ab, der es enthält).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with "benchconnect finish run", or remove the file to abandon it.</source>
        <translation>Hier ist bereits ein Lauf gestartet (%1). Ihn mit "benchconnect finish run" beenden oder die Datei entfernen, um ihn aufzugeben.</translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation>Die Zustandsdatei ist geschrieben; der Lauf erscheint mit seinem ersten Ergebnis.</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>Der Lauf wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as "augment run" does), makes sure that benchconnect-state.json can be written in the current directory (no run is created when it cannot), creates the run on the server, and only then writes the file, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), the server's URL, which "submit result" and "finish run" must use too, and the generation of the server's API as its answer shows it (2023 when it created the run, current when it answered 405), whose rules "submit result" checks each result with before sending. Prints the run's id.

Then "submit result" adds results to the run, and "finish run" ends it and removes the state file. Without JSON input the run gets only its defaults. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). "run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation>Ergänzt die Standardwerte des Laufs (wie "augment run"), prüft, ob benchconnect-state.json im aktuellen Verzeichnis geschrieben werden kann (sonst wird kein Lauf angelegt), legt den Lauf auf dem Server an und schreibt erst dann die Datei. Die Datei enthält, was alle Ergebnisse des Laufs gemeinsam haben (run_id, run_name, run_reason, github, machine_info oder cluster_info), die URL des Servers, die auch "submit result" und "finish run" verwenden müssen, und die Generation der Server-API, wie ihre Antwort sie zeigt (2023, wenn sie den Lauf angelegt hat, current, wenn sie mit 405 geantwortet hat), nach deren Regeln "submit result" jedes Ergebnis vor dem Senden prüft. Gibt die ID des Laufs aus.

Danach fügt "submit result" dem Lauf Ergebnisse hinzu, und "finish run" beendet ihn und entfernt die Zustandsdatei. Ohne JSON-Eingabe erhält der Lauf nur seine Standardwerte. Die Standardeingabe wird gelesen, wenn nichts anderes angegeben ist und sie kein Terminal ist; kommt darauf innerhalb von 2 s nichts (eine Pipe, die ein CI-Runner offen lässt), wird mit einer Warnung nicht darauf gewartet ("-" wartet darauf). "run_reason" und "run_name", die Namen in den Ergebnissen, werden als "reason" und "name" des Laufs übernommen.

Server seit Ende 2023 führen Läufe implizit über ihre Ergebnisse: Sie antworten auf das Anlegen eines Laufs mit 405, was einmal gemeldet wird; die Zustandsdatei wird trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>%1 (no run was created)</source>
        <translation>%1 (es wurde kein Lauf angelegt)</translation>
    </message>
    <message>
        <source>%1. Run %2 was created on the server all the same, and nothing here can continue it; mark it finished with: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</source>
        <translation>%1. Lauf %2 wurde trotzdem auf dem Server angelegt, und nichts hier kann ihn fortsetzen; so als abgeschlossen markieren: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation>Ergebnisse zum gestarteten Lauf hinzufügen, Standardwerte ergänzen, senden.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Needs a run started here with "start run". Each result gets the run's fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as "augment result" fills them, and is posted to the server the run was started on: another CONBENCH_URL is an error.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent, as "check result" checks it, with the rules of the server's generation that "start run" found: when any result is one the server would refuse, each such result is named with the field and the reason, and nothing is written to the outbox or sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Benötigt einen hier mit "start run" gestarteten Lauf. Jedes Ergebnis erhält die Felder des Laufs aus benchconnect-state.json (run_id, run_name, run_reason, github, machine_info oder cluster_info), dann seine Standardwerte, wie "augment result" sie ergänzt, und wird an den Server gesendet, auf dem der Lauf gestartet wurde: Eine andere CONBENCH_URL ist ein Fehler.

Ein Feld, das Ergebnis und Lauf beide mit unterschiedlichen Werten enthalten, ist ein Fehler. Die gesamte Eingabe wird vor dem Senden gelesen und geprüft, so wie "check result" sie prüft, mit den Regeln der Server-Generation, die "start run" ermittelt hat: Ist ein Ergebnis darunter, das der Server ablehnen würde, wird jedes solche Ergebnis mit Feld und Grund genannt, und nichts wird in den Postausgang geschrieben oder gesendet. Ein Ergebnis, dessen Antwort unterwegs verloren geht, wird auf dem Server nachgeschlagen, bevor es erneut gesendet wird, sodass keines doppelt gespeichert wird.

--path kann auch die Ausgabe eines Benchmark-Werkzeugs sein oder ein Ordner, der Dateien von Werkzeugen und Conbench-JSON mischt: Mit --format auto (Standard) wird jede Datei in dem Format gelesen, das ihr Inhalt zeigt (--verbose sagt, welches), so wie "adapt" sie liest; eine Datei in keinem bekannten Format ist ein Fehler, der sie nennt.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE "%1" is not a language; the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE "%1" ist keine Sprache; die Meldungen bleiben englisch.</translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE "%1" (there are: %2); the messages stay in English.</source>
        <translation>Für BENCHCONNECT_LANGUAGE "%1" gibt es keine Übersetzung (vorhanden: %2); die Meldungen bleiben englisch.</translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message>
        <source>not Vitest benchmark JSON: it has no "files" list</source>
        <translation>kein Vitest-Benchmark-JSON: Es hat keine "files"-Liste</translation>
    </message>
    <message>
        <source>%1: a sample of "%2" is not a number</source>
        <translation>%1: Eine Stichprobe von "%2" ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: benchmark %2: %3</source>
        <translation>%1: Benchmark %2: %3</translation>
    </message>
    <message>
        <source>Vitest recorded no measurement for this benchmark: it threw or did not finish (see Vitest's own output for the reason)</source>
        <translation>Vitest hat für diesen Benchmark keine Messung aufgezeichnet: Er hat eine Ausnahme ausgelöst oder wurde nicht beendet (den Grund zeigt die Ausgabe von Vitest selbst)</translation>
    </message>
    <message>
        <source>Vitest took no samples of this benchmark (sampleCount 0), so it has no measurement: it did not run within the time the bench allowed (give it more time or iterations) or it threw (see Vitest's own output)</source>
        <translation>Vitest hat von diesem Benchmark keine Stichproben genommen (sampleCount 0), daher gibt es keine Messung: Er lief nicht innerhalb der Zeit, die der Bench erlaubte (geben Sie ihm mehr Zeit oder Iterationen), oder er hat eine Ausnahme ausgelöst (siehe die Ausgabe von Vitest)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest's JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln Benchmark enthält keine Messwerte (das JSON von Vitest lässt sie weg); sein Mittelwert steht für die Daten, mit den zusammenfassenden Statistiken daneben.</numerusform>
            <numerusform>%Ln Benchmarks enthalten keine Messwerte (das JSON von Vitest lässt sie weg); ihr Mittelwert steht für die Daten, mit den zusammenfassenden Statistiken daneben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vitest benchmark JSON (vitest bench --outputJson)</source>
        <translation>Vitest-Benchmark-JSON (vitest bench --outputJson)</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Watch a results folder: one run per finished subfolder, sent exactly once.</source>
        <translation>Einen Ergebnisordner überwachen: ein Lauf pro fertigem Unterordner, genau einmal gesendet.</translation>
    </message>
    <message>
        <source>Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, and sends each subfolder as one run once it is complete: when it holds the marker file (--done-marker, default .done) or, with --settle, when nothing in it changed for that long. For a complete folder the run is started (reason --reason, default lab; the folder's optional run.json may give the run's reason, name, info, github, tags and hardware), every result file in it is submitted (Conbench JSON and every tool format "adapt" reads, recognised by their content), and the run is finished. New folders are noticed at once on local disks and by a rescan (--rescan, default every 30 s) on network shares.

Each folder is sent exactly once, across restarts: a journal beside the outbox records each folder's state (waiting, run started with its id, results in the outbox, done, failed with the reason). Killed at any moment and started again, watch continues what it had started with the same run id, and stores no result twice. A folder whose files change after it was sent is reported and not sent again, unless --resend-changed is given. While the server cannot be reached, complete folders are recorded and sent in order once it is back; a folder the server refuses is marked failed with the server's reason, and the others go on.

One line per run goes to standard error: the time, the folder, the run id, the results sent and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not sent is continued on the next start. Only one watcher (this command or the window's watch mode) may watch a directory at a time.

watch --status [DIR] prints each folder's state from the journal (every watched directory's without DIR) and talks to no server.</source>
        <translation>Überwacht DIR, in das Messrechner pro Build oder pro Nacht je einen Unterordner mit Ergebnisdateien schreiben, und sendet jeden Unterordner als einen Lauf, sobald er vollständig ist: wenn er die Markierungsdatei enthält (--done-marker, Standard .done) oder, mit --settle, wenn sich so lange nichts darin geändert hat. Für einen vollständigen Ordner wird der Lauf gestartet (Anlass --reason, Standard lab; eine optionale run.json im Ordner kann Anlass, Name, Info, github, Tags und Hardware des Laufs angeben), jede Ergebnisdatei darin übermittelt (Conbench-JSON und jedes Werkzeugformat, das "adapt" liest, am Inhalt erkannt) und der Lauf beendet. Neue Ordner werden auf lokalen Datenträgern sofort bemerkt, auf Netzwerkfreigaben durch erneutes Durchsuchen (--rescan, Standard alle 30 s).

Jeder Ordner wird genau einmal gesendet, auch über Neustarts hinweg: Ein Journal neben dem Postausgang zeichnet den Zustand jedes Ordners auf (wartet, Lauf gestartet mit seiner ID, Ergebnisse im Postausgang, erledigt, fehlgeschlagen mit Grund). Wird watch zu einem beliebigen Zeitpunkt gewaltsam beendet und neu gestartet, setzt es Begonnenes mit derselben Lauf-ID fort und speichert kein Ergebnis doppelt. Ein Ordner, dessen Dateien sich nach dem Senden ändern, wird gemeldet und nicht erneut gesendet, außer mit --resend-changed. Solange der Server nicht erreichbar ist, werden vollständige Ordner vermerkt und der Reihe nach gesendet, sobald er wieder da ist; ein Ordner, den der Server ablehnt, wird mit dem Grund des Servers als fehlgeschlagen markiert, und die anderen werden weiter gesendet.

Eine Zeile pro Lauf geht auf die Standardfehlerausgabe: die Uhrzeit, der Ordner, die Lauf-ID, die gesendeten Ergebnisse und die benötigte Zeit. Strg+C oder SIGTERM schließt die laufenden Anfragen ab und hält an; nicht Gesendetes wird beim nächsten Start fortgesetzt. Ein Verzeichnis kann jeweils nur von einer Überwachung (diesem Befehl oder dem Überwachungsmodus des Fensters) überwacht werden.

watch --status [DIR] gibt den Zustand jedes Ordners aus dem Journal aus (ohne DIR den aller überwachten Verzeichnisse) und spricht mit keinem Server.</translation>
    </message>
    <message>
        <source>The directory whose subfolders are runs.</source>
        <translation>Das Verzeichnis, dessen Unterordner Läufe sind.</translation>
    </message>
    <message>
        <source>A folder is complete once it holds a file of this name (default .done).</source>
        <translation>Ein Ordner ist vollständig, sobald er eine Datei dieses Namens enthält (Standard .done).</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for SECONDS.</source>
        <translation>Ein Ordner ist auch vollständig, sobald sich SECONDS Sekunden lang nichts darin geändert hat.</translation>
    </message>
    <message>
        <source>The run's reason, unless run.json gives one (default lab).</source>
        <translation>Der Anlass des Laufs, sofern run.json keinen angibt (Standard lab).</translation>
    </message>
    <message>
        <source>Send what is complete now, then exit (for cron jobs and systemd timers).</source>
        <translation>Senden, was jetzt vollständig ist, dann beenden (für Cron-Jobs und systemd-Timer).</translation>
    </message>
    <message>
        <source>Send up to N folders at once (default 1).</source>
        <translation>Bis zu N Ordner gleichzeitig senden (Standard 1).</translation>
    </message>
    <message>
        <source>Move each folder that was sent into DIR (default: leave it and record it).</source>
        <translation>Jeden gesendeten Ordner nach DIR verschieben (Standard: ihn belassen und vermerken).</translation>
    </message>
    <message>
        <source>Send a folder whose files changed after it was sent again, as a new run.</source>
        <translation>Einen Ordner, dessen Dateien sich nach dem Senden geändert haben, erneut als neuen Lauf senden.</translation>
    </message>
    <message>
        <source>Look for new folders every SECONDS too, for network shares (default 30).</source>
        <translation>Zusätzlich alle SECONDS Sekunden nach neuen Ordnern suchen, für Netzwerkfreigaben (Standard 30).</translation>
    </message>
    <message>
        <source>Print each folder's state from the journal (done, waiting, sending, failed) and exit.</source>
        <translation>Den Zustand jedes Ordners aus dem Journal ausgeben (erledigt, wartet, wird gesendet, fehlgeschlagen) und beenden.</translation>
    </message>
    <message>
        <source>%1 has not been watched yet (no journal in %2).</source>
        <translation>%1 wurde noch nicht überwacht (kein Journal in %2).</translation>
    </message>
    <message>
        <source>No directory has been watched yet (no journal in %1).</source>
        <translation>Es wurde noch kein Verzeichnis überwacht (kein Journal in %1).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln results sent</source>
        <translation>
            <numerusform>%L1 von %Ln Ergebnis gesendet</numerusform>
            <numerusform>%L1 von %Ln Ergebnissen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archiviert)</translation>
    </message>
    <message>
        <source>(changed after it was sent; not sent again)</source>
        <translation>(nach dem Senden geändert; nicht erneut gesendet)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Give the directory to watch (see benchconnect watch --help).</source>
        <translation>Das zu überwachende Verzeichnis angeben (siehe benchconnect watch --help).</translation>
    </message>
    <message>
        <source>Give one directory to watch (see benchconnect watch --help).</source>
        <translation>Ein einziges zu überwachendes Verzeichnis angeben (siehe benchconnect watch --help).</translation>
    </message>
    <message>
        <source>--done-marker "%1" is a path; give a file name.</source>
        <translation>--done-marker "%1" ist ein Pfad; einen Dateinamen angeben.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number from %3 to %4.</source>
        <translation>--%1 "%2" ist keine ganze Zahl von %3 bis %4.</translation>
    </message>
    <message>
        <source>--archive must be another directory than the one watched.</source>
        <translation>--archive muss ein anderes Verzeichnis als das überwachte sein.</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: kein Verzeichnis; den Ordner angeben, in den die Messrechner ihre Ergebnisse schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2: Lauf %3, %Ln Ergebnis in %L4 s gesendet</numerusform>
            <numerusform>%1 %2: Lauf %3, %Ln Ergebnisse in %L4 s gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: not sent, and tried again once its files change: %3</source>
        <translation>%1 %2: nicht gesendet; erneuter Versuch, sobald sich seine Dateien ändern: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2: Lauf %3 fehlgeschlagen, %L4 von %Ln Ergebnis in %L5 s gesendet: %6</numerusform>
            <numerusform>%1 %2: Lauf %3 fehlgeschlagen, %L4 von %Ln Ergebnissen in %L5 s gesendet: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 (journal %2); Ctrl-C stops.</source>
        <translation>%1 wird überwacht (Journal %2); Strg+C hält an.</translation>
    </message>
    <message>
        <source>Stopping: the requests under way are finished; what was not sent is continued on the next start. Press Ctrl-C again to quit now.</source>
        <translation>Wird angehalten: Die laufenden Anfragen werden abgeschlossen; nicht Gesendetes wird beim nächsten Start fortgesetzt. Erneut Strg+C drücken, um sofort zu beenden.</translation>
    </message>
    <message>
        <source>Folders sent: %1, failed: %2.</source>
        <translation>Ordner gesendet: %1, fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The server could not be reached; the folders not sent wait in the journal and are sent on the next start.</source>
        <translation>Der Server war nicht erreichbar; die nicht gesendeten Ordner warten im Journal und werden beim nächsten Start gesendet.</translation>
    </message>
</context>
<context>
    <name>WatchJournal</name>
    <message>
        <source>%1: cannot create the watch journal's directory: %2</source>
        <translation>%1: Das Verzeichnis des Überwachungsjournals kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 (%3); stop it first, since two watchers would send the same folders.</source>
        <translation>%1 wird bereits von Prozess %2 (%3) überwacht; diesen zuerst beenden, da zwei Überwachungen dieselben Ordner senden würden.</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 on %3 (%4); stop it first, since two watchers would send the same folders. If that process is gone, remove %5.</source>
        <translation>%1 wird bereits von Prozess %2 auf %3 (%4) überwacht; diesen zuerst beenden, da zwei Überwachungen dieselben Ordner senden würden. Gibt es diesen Prozess nicht mehr, %5 entfernen.</translation>
    </message>
    <message>
        <source>%1: cannot take the watch lock (%2).</source>
        <translation>%1: Die Überwachungssperre kann nicht gesetzt werden (%2).</translation>
    </message>
    <message>
        <source>The watch journal was written by a newer version of benchconnect.</source>
        <translation>Das Überwachungsjournal wurde von einer neueren Version von benchconnect geschrieben.</translation>
    </message>
    <message>
        <source>%1: cannot read the watch journal: %2</source>
        <translation>%1: Das Überwachungsjournal kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the watch journal: %2</source>
        <translation>%1: Das Überwachungsjournal kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>WatchView</name>
    <message>
        <source>Watch folder — benchconnect</source>
        <translation>Ordner überwachen — benchconnect</translation>
    </message>
    <message>
        <source>Each subfolder of the watched folder is sent as one run once it holds a .done file (or, with a settle time, once nothing in it changed for that long). Each folder is sent once, also after a restart.</source>
        <translation>Jeder Unterordner des überwachten Ordners wird als ein Lauf gesendet, sobald er eine .done-Datei enthält (oder, mit einer Ruhezeit, sobald sich so lange nichts darin geändert hat). Jeder Ordner wird einmal gesendet, auch nach einem Neustart.</translation>
    </message>
    <message>
        <source>The folder the rigs write their results into</source>
        <translation>Der Ordner, in den die Messrechner ihre Ergebnisse schreiben</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>S&amp;ettle:</source>
        <translation>&amp;Ruhezeit:</translation>
    </message>
    <message>
        <source>marker only</source>
        <translation>nur Markierung</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for this long</source>
        <translation>Ein Ordner ist auch vollständig, sobald sich so lange nichts darin geändert hat</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Gesendete Ergebnisse</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
    <message>
        <source>Choose the folder to watch first.</source>
        <translation>Zuerst den zu überwachenden Ordner wählen.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>(changed after it was sent)</source>
        <translation>(nach dem Senden geändert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
</TS>