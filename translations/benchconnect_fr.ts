<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdaptCommand</name>
    <message>
        <source>Convert tools' output, recognizing each file's format.</source>
        <translation>Convertir la sortie d'outils, en reconnaissant le format de chaque fichier.</translation>
    </message>
    <message>
        <source>Convert %1 output into Conbench results.</source>
        <translation>Convertir la sortie de %1 en résultats Conbench.</translation>
    </message>
    <message>
        <source>Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their defaults filled in as "augment result" does.</source>
        <translation>Lit %1 et affiche les résultats Conbench qui s'y trouvent en NDJSON, un par ligne, avec leurs valeurs par défaut complétées comme le fait "augment result".</translation>
    </message>
    <message>
        <source>Reads the output files of benchmark tools, recognizes each file's format from its content (%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults filled in as "augment result" does. A file in no known format is an error that names it; --verbose says which format each file was read as.</source>
        <translation>Lit les fichiers de sortie d'outils de benchmark, reconnaît le format de chaque fichier d'après son contenu (%1) et affiche les résultats Conbench qu'ils contiennent en NDJSON, un par ligne, avec leurs valeurs par défaut complétées comme le fait "augment result". Un fichier dans aucun format connu provoque une erreur qui le nomme ; --verbose indique dans quel format chaque fichier a été lu.</translation>
    </message>
    <message>
        <source>The input is --path, a file or a folder (its files in name order, not recursive), or the file's content on standard input. The README's table says what each format's fields become.</source>
        <translation>L'entrée est --path, un fichier ou un dossier (ses fichiers par ordre de nom, non récursif), ou le contenu du fichier sur l'entrée standard. Le tableau du README indique ce que deviennent les champs de chaque format.</translation>
    </message>
    <message>
        <source>The tool's output file, or a folder of them.</source>
        <translation>Le fichier de sortie de l'outil, ou un dossier de tels fichiers.</translation>
    </message>
    <message>
        <source>Give the tool's output with --path, or on standard input (see benchconnect %1 --help).</source>
        <translation>Fournir la sortie de l'outil avec --path, ou sur l'entrée standard (voir benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>The input holds no benchmark results.</source>
        <translation>L'entrée ne contient aucun résultat de benchmark.</translation>
    </message>
    <message>
        <source>Refuse a file larger than MIB mebibytes (default %1); a file is read whole.</source>
        <translation>Refuser un fichier de plus de MIB mébioctets (par défaut %1) ; un fichier est lu en entier.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>L'entrée standard dépasse %L1 MiB ; %2</translation>
    </message>
</context>
<context>
    <name>Adapter</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>JSON non valide %1</translation>
    </message>
    <message>
        <source>%1 is a folder; %2 reads files</source>
        <translation>%1 est un dossier ; %2 lit des fichiers</translation>
    </message>
    <message>
        <source>its "%1" is empty; give the benchmark's name</source>
        <translation>son « %1 » est vide ; indiquez le nom du benchmark</translation>
    </message>
    <message>
        <source>its "%1" is not a string</source>
        <translation>son « %1 » n'est pas une chaîne</translation>
    </message>
    <message>
        <source>it has no "%1"</source>
        <translation>il n'a pas de « %1 »</translation>
    </message>
    <message>
        <source>%1: the value %2 %3 is too large: in %4 it is beyond the largest number a result can hold. Check the value and its unit; nothing of the file is converted.</source>
        <translation>%1 : la valeur %2 %3 est trop grande : en %4, elle dépasse le plus grand nombre qu'un résultat peut contenir. Vérifiez la valeur et son unité ; rien du fichier n'est converti.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values written as NaN or Infinity are read as null.</source>
        <translation>
            <numerusform>%Ln valeur écrite NaN ou Infinity est lue comme null.</numerusform>
            <numerusform>%Ln valeurs écrites NaN ou Infinity sont lues comme null.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Format inconnu "%1" ; les formats sont : auto, %2.</translation>
    </message>
    <message>
        <source>%1: the folder holds no files.</source>
        <translation>%1 : le dossier ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1 : aucun fichier ou dossier de ce nom.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: not in a format benchconnect reads (%2).</source>
        <translation>%1 : pas dans un format que benchconnect sait lire (%2).</translation>
    </message>
    <message>
        <source>not a benchmark result: a JSON array; benchconnect reads one Conbench result object to a file (or one to a line, NDJSON) or a benchmark tool's output (%1)</source>
        <translation>pas un résultat de benchmark : un tableau JSON ; benchconnect lit un objet de résultat Conbench par fichier (ou un par ligne, NDJSON) ou la sortie d'un outil de benchmark (%1)</translation>
    </message>
    <message>
        <source>not a benchmark result: JSON nested too deeply to be read (more than 1,024 arrays and objects inside one another): %1</source>
        <translation>pas un résultat de benchmark : JSON imbriqué trop profondément pour être lu (plus de 1 024 tableaux et objets les uns dans les autres) : %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1 : lu au format %2, %Ln résultat.</numerusform>
            <numerusform>%1 : lu au format %2, %Ln résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) #%3</source>
        <translation>%1 (%2) #%3</translation>
    </message>
    <message>
        <source>%1: read as %2, but it holds no results (--verbose says more).</source>
        <translation>%1 : lu comme %2, mais il ne contient aucun résultat (--verbose en dit plus).</translation>
    </message>
    <message>
        <source>standard input looks like %1 output: give --format %2 (or --format auto) to read it whole in that format</source>
        <translation>l&apos;entrée standard ressemble à une sortie de %1 : donnez --format %2 (ou --format auto) pour la lire en entier dans ce format</translation>
    </message>
    <message>
        <source>standard input looks like one JSON document over several lines, not NDJSON (one object per line): give --format auto to read it whole</source>
        <translation>l&apos;entrée standard ressemble à un document JSON sur plusieurs lignes, pas à du NDJSON (un objet par ligne) : donnez --format auto pour la lire en entier</translation>
    </message>
</context>
<context>
    <name>AugmentCommand</name>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>Fill in the defaults of results and print them (no server).</source>
        <translation>Compléter les valeurs par défaut des résultats et les afficher (sans serveur).</translation>
    </message>
    <message>
        <source>Fill in the defaults of runs and print them (no server).</source>
        <translation>Compléter les valeurs par défaut des exécutions et les afficher (sans serveur).</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark result needs and the user left out or set to null, and prints each result as one line of JSON. A value you give is never replaced.

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context), and run_name ("REASON: COMMIT" when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation>Complète les champs nécessaires à un résultat de benchmark que l'utilisateur a omis ou mis à null, et affiche chaque résultat sur une ligne de JSON. Une valeur fournie n'est jamais remplacée.

Valeurs par défaut : batch_id (un nouvel identifiant aléatoire), timestamp (maintenant, UTC), tags, info et context ({}), machine_info (cette machine, sauf si cluster_info est fourni), github (d'après les variables CONBENCH_PROJECT_* ; "github": null signifie aucun contexte de commit) et run_name ("MOTIF: COMMIT" quand run_reason et un commit sont connus). Les champs facultatifs vides sont omis. Un résultat qui ne pourrait pas être envoyé (ni stats ni error, ou pas exactement un champ parmi machine_info et cluster_info) est affiché avec un avertissement.</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name ("REASON: COMMIT" when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context). finished_timestamp, error_type and error_info are left out until given.

"run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".</source>
        <translation>Complète les champs nécessaires à une exécution de benchmark que l'utilisateur a omis ou mis à null, et affiche chaque exécution sur une ligne de JSON. Une valeur fournie n'est jamais remplacée.

Valeurs par défaut : id (un nouvel identifiant aléatoire), name ("MOTIF: COMMIT" quand un motif et un commit sont connus), info ({}), machine_info (cette machine, sauf si cluster_info est fourni) et github (d'après les variables CONBENCH_PROJECT_* ; "github": null signifie aucun contexte de commit). finished_timestamp, error_type et error_info sont omis tant qu'ils ne sont pas fournis.

"run_reason" et "run_name", les noms qu'utilisent les résultats, sont pris comme "reason" et "name" de l'exécution.</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>L'entrée ne contient aucun objet JSON.</translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>"github" must be an object with "repository" and "commit", or null.</source>
        <translation>"github" doit être un objet avec "repository" et "commit", ou null.</translation>
    </message>
    <message>
        <source>"github" lacks %1; give both "repository" and "commit", or null for no commit context.</source>
        <translation>Il manque %1 dans "github" ; fournir "repository" et "commit", ou null pour aucun contexte de commit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>"github.repository" is "%1", not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"github.repository" vaut "%1", qui n'est pas un dépôt GitHub ; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation>Ce résultat ne peut pas encore être envoyé : %1</translation>
    </message>
    <message>
        <source>the run gives both "%1" (%2) and "%3" (%4); give one of them.</source>
        <translation>l'exécution fournit à la fois "%1" (%2) et "%3" (%4) ; n'en fournir qu'un.</translation>
    </message>
    <message>
        <source>"%1" is taken as the run's "%2".</source>
        <translation>"%1" est pris comme "%2" de l'exécution.</translation>
    </message>
    <message>
        <source>The run has no "reason" (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation>L'exécution n'a pas de "reason" (par exemple commit, pull-request ou nightly) ; Conbench regroupe les exécutions selon ce champ.</translation>
    </message>
    <message>
        <source>it holds both "machine_info" and "cluster_info"; give exactly one.</source>
        <translation>il contient à la fois "machine_info" et "cluster_info" ; en fournir exactement un.</translation>
    </message>
    <message>
        <source>it holds neither "machine_info" nor "cluster_info"; give exactly one.</source>
        <translation>il ne contient ni "machine_info" ni "cluster_info" ; en fournir exactement un.</translation>
    </message>
    <message>
        <source>it holds neither "stats" nor "error".</source>
        <translation>il ne contient ni "stats" ni "error".</translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message>
        <source>the benchmark failed</source>
        <translation>le benchmark a échoué</translation>
    </message>
    <message>
        <source>the benchmark "%1" has neither a mean nor a failure</source>
        <translation>le benchmark "%1" n'a ni moyenne ni échec</translation>
    </message>
    <message>
        <source>benchmark %1 (in test case "%2"): %3</source>
        <translation>benchmark %1 (dans le cas de test "%2") : %3</translation>
    </message>
    <message>
        <source>not valid XML (%1 at line %2)</source>
        <translation>XML non valide (%1 à la ligne %2)</translation>
    </message>
    <message>
        <source>not Catch2 XML: it has no &lt;Catch&gt; element</source>
        <translation>pas du XML Catch2 : aucun élément &lt;Catch&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catch2's XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>Le XML de Catch2 ne garde pas d'échantillons : pour %Ln benchmark, la moyenne est l'unique point de mesure, accompagnée de l'écart type.</numerusform>
            <numerusform>Le XML de Catch2 ne garde pas d'échantillons : pour chacun des %Ln benchmarks, la moyenne est l'unique point de mesure, accompagnée de l'écart type.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch2 XML (-r xml)</source>
        <translation>XML Catch2 (-r xml)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results against the server's rules, without sending them.</source>
        <translation>Vérifier les résultats selon les règles du serveur, sans les envoyer.</translation>
    </message>
    <message>
        <source>Checks each result, as it is given, against what a Conbench server refuses: the schema of its API (the OpenAPI document of its generation, checked as Conbench's marshmallow does), the rules about the result as a whole (machine_info or cluster_info, stats or error, a GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name present, a unit it knows). No server is needed.

Prints one line for each invalid result: where it came from (its file or NDJSON line), the field, and why. Exit status 0 when every result is valid, 3 when any is not; with --quiet nothing is printed.

Without --generation a result counts as invalid only when servers of both generations would refuse it. "submit result" and "post result" make the same check before they send anything ("submit result" with the generation "start run" found).</source>
        <translation>Vérifie chaque résultat, tel qu'il est fourni, par rapport à ce qu'un serveur Conbench refuse : le schéma de son API (le document OpenAPI de sa génération, vérifié comme le fait marshmallow dans Conbench), les règles portant sur le résultat dans son ensemble (machine_info ou cluster_info, stats ou error, une URL de dépôt GitHub) et les vérifications que fait Conbench lorsqu'il enregistre un résultat (tags.name présent, une unité qu'il connaît). Aucun serveur n'est nécessaire.

Affiche une ligne par résultat non valide : sa provenance (son fichier ou sa ligne NDJSON), le champ et la raison. Code de sortie 0 si tous les résultats sont valides, 3 sinon ; avec --quiet, rien n'est affiché.

Sans --generation, un résultat n'est compté comme non valide que si les serveurs des deux générations le refuseraient. "submit result" et "post result" font la même vérification avant tout envoi ("submit result" avec la génération trouvée par "start run").</translation>
    </message>
    <message>
        <source>Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with runs as entities) or current (later ones). Default: only what both refuse.</source>
        <translation>Vérifier avec les règles de cette génération de serveurs Conbench : 2023 (jusqu'à août 2023, avec les exécutions comme entités) ou current (les suivants). Par défaut : seulement ce que les deux refusent.</translation>
    </message>
    <message>
        <source>--generation "%1" is not a generation of Conbench servers; give 2023 or current.</source>
        <translation>--generation "%1" n'est pas une génération de serveurs Conbench ; indiquer 2023 ou current.</translation>
    </message>
    <message>
        <source>the rules of Conbench servers up to August 2023</source>
        <translation>les règles des serveurs Conbench jusqu'à août 2023</translation>
    </message>
    <message>
        <source>the rules of current Conbench servers</source>
        <translation>les règles des serveurs Conbench actuels</translation>
    </message>
    <message>
        <source>the rules both generations of Conbench servers share</source>
        <translation>les règles communes aux deux générations de serveurs Conbench</translation>
    </message>
    <message>
        <source>%1 (by %2).</source>
        <translation>%1 (selon %2).</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>L'entrée ne contient aucun objet JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results valid by %1.</source>
        <translation>
            <numerusform>%Ln résultat valide selon %1.</numerusform>
            <numerusform>%Ln résultats valides selon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
</context>
<context>
    <name>CheckedResultSource</name>
    <message numerus="yes">
        <source>%Ln of %L1 results would be refused by the server</source>
        <translation>
            <numerusform>%Ln résultat sur %L1 serait refusé par le serveur</numerusform>
            <numerusform>%Ln résultats sur %L1 seraient refusés par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT, or run in the project's git checkout</source>
        <translation>le serveur a besoin du github de chaque résultat (son dépôt et son commit) : définir CONBENCH_PROJECT_REPOSITORY et CONBENCH_PROJECT_COMMIT, ou l'exécuter dans le checkout git du projet</translation>
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
        <translation>Le fichier d'événement %1 (GITHUB_EVENT_PATH) n'a pas pu être lu : %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.</source>
        <translation>Le fichier d'événement %1 (GITHUB_EVENT_PATH) n'est pas un objet JSON : %2.</translation>
    </message>
    <message>
        <source>%1 in GITHUB_EVENT_PATH</source>
        <translation>%1 dans GITHUB_EVENT_PATH</translation>
    </message>
    <message>
        <source>GITHUB_SHA (%1) is not the pull request's head commit; the head commit is used.</source>
        <translation>GITHUB_SHA (%1) n'est pas le commit de tête de la pull request ; le commit de tête est utilisé.</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab's, not a GitHub pull request; it is not sent as a pull request number.</source>
        <translation>La merge request !%1 (CI_MERGE_REQUEST_IID) appartient à GitLab, ce n'est pas une pull request GitHub ; elle n'est pas envoyée comme numéro de pull request.</translation>
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
        <translation>%1 "%2" contient une requête, un fragment ou un nom d'utilisateur ; n'indiquer que l'adresse du serveur.</translation>
    </message>
    <message>
        <source>%1 "%2" ends with /api; give the server's address without it (%3).</source>
        <translation>%1 "%2" se termine par /api ; indiquer l'adresse du serveur sans ce suffixe (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>%1 "%2" n'est pas une adresse http:// ou https:// avec un hôte, par exemple https://conbench.example.org.</translation>
    </message>
    <message>
        <source>%1 is not set; set it to the Conbench server's address, such as https://conbench.example.org.</source>
        <translation>%1 n'est pas définie ; lui donner l'adresse du serveur Conbench, par exemple https://conbench.example.org.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation>CONBENCH_PASSWORD est définie mais vide ; elle est ignorée.</translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation>CONBENCH_EMAIL est définie mais pas CONBENCH_PASSWORD ; définir les deux pour s'identifier, ou aucune pour un serveur public.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation>CONBENCH_PASSWORD est définie mais pas CONBENCH_EMAIL ; pas d'identification.</translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE="%1" is not a number of seconds.</source>
        <translation>BENCHCONNECT_RETRY_DEADLINE="%1" n'est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation>Les identifiants de %1 circuleraient en clair sur http:// vers %2 ; utiliser https://, sauf sur un réseau strictement privé.</translation>
    </message>
    <message>
        <source>The server profile "%1" has the URL "%2", which is not an http:// or https:// address of a server (without /api); correct it in the window's Preferences &gt; Servers.</source>
        <translation>Le profil de serveur "%1" a l'URL "%2", qui n'est pas une adresse http:// ou https:// de serveur (sans /api) ; la corriger dans Préférences &gt; Serveurs de la fenêtre.</translation>
    </message>
    <message>
        <source>There is no server profile "%1": %2 holds no profiles; add them in the window's Preferences &gt; Servers.</source>
        <translation>Il n'y a pas de profil de serveur "%1" : %2 ne contient aucun profil ; en ajouter dans Préférences &gt; Serveurs de la fenêtre.</translation>
    </message>
    <message>
        <source>There is no server profile "%1"; the profiles in %2 are: %3.</source>
        <translation>Il n'y a pas de profil de serveur "%1" ; les profils de %2 sont : %3.</translation>
    </message>
    <message>
        <source>The server profile "%1" logs in as %2 but CONBENCH_PASSWORD is not set; set it (the command-line program does not read the keychain).</source>
        <translation>Le profil de serveur "%1" s'identifie en tant que %2 mais CONBENCH_PASSWORD n'est pas défini ; le définir (le programme en ligne de commande ne lit pas le trousseau).</translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT="%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>BENCHCONNECT_MAX_IN_FLIGHT="%1" n'est ni "auto" ni un nombre de 1 à 64.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
    <message>
        <source>Interrupted a second time: quit at once.</source>
        <translation>Interrompu une seconde fois : arrêt immédiat.</translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation>Le serveur Conbench, sans /api (obligatoire).</translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation>S'identifier avec ce compte (pour un serveur privé).</translation>
    </message>
    <message>
        <source>The account's password; never printed.</source>
        <translation>Le mot de passe du compte ; jamais affiché.</translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation>org/repo ou https://github.com/org/repo : github.repository.</translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation>Le SHA du commit (40 caractères hexadécimaux) : github.commit.</translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation>Le numéro de la pull request : github.pr_number (BENCHMARKABLE_PR_NUMBER est aussi lu).</translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation>Remplace le nom d'hôte envoyé dans machine_info.name.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation : %1 %2 [options]</translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation>Entrée (une seule ; --json l'emporte sur NDJSON, qui l'emporte sur --path) :</translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation>Un objet JSON (%1).</translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; "-", or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation>JSON délimité par des sauts de ligne, un objet (%1) par ligne, en argument ; avec "-", ou quand rien d'autre n'est fourni et que l'entrée standard n'est pas un terminal, il est lu depuis l'entrée standard.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments :</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N'afficher que les erreurs.</translation>
    </message>
    <message>
        <source>Print what is done, step by step (never a password).</source>
        <translation>Afficher ce qui est fait, étape par étape (jamais un mot de passe).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>A file holding one %1, or a directory of them.</source>
        <translation>Un fichier contenant un objet (%1), ou un répertoire de tels fichiers.</translation>
    </message>
    <message>
        <source>%1 (see %2 %3 --help)</source>
        <translation>%1 (voir %2 %3 --help)</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see %2 %3 --help)</source>
        <translation>Argument inattendu "%1" (voir %2 %3 --help)</translation>
    </message>
    <message>
        <source>-q (--quiet) prints only errors and -v (--verbose) every step: give one of them, not both (see %1 %2 --help).</source>
        <translation>-q (--quiet) n'affiche que les erreurs et -v (--verbose) chaque étape : donnez l'une des deux, pas les deux (voir %1 %2 --help).</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one; anything else named *.json there (a FIFO, a dangling link, a directory) is an error.</source>
        <translation>Un fichier contenant un objet JSON (%1), ou un répertoire dont chaque fichier *.json (non récursif) en contient un ; tout autre élément nommé *.json dans ce répertoire (tube nommé, lien symbolique cassé, répertoire) est une erreur.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes (default %1). Reading one takes several times its size in memory.</source>
        <translation>Refuser un fichier ou une ligne NDJSON de plus de MIB mébioctets (%1 par défaut). La lecture de chacun occupe plusieurs fois sa taille en mémoire.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes.</source>
        <translation>Refuser un fichier ou une ligne NDJSON de plus de MIB mébioctets.</translation>
    </message>
    <message>
        <source>raise the limit with --max-input-size MIB if it is meant to be this large</source>
        <translation>relever la limite avec --max-input-size MIB si cette taille est voulue</translation>
    </message>
    <message>
        <source>--%1 was given an empty value (an unset shell variable?); give %2, or leave the option out (see %3 %4 --help).</source>
        <translation>--%1 a reçu une valeur vide (une variable du shell non définie ?) ; fournir %2, ou omettre l'option (voir %3 %4 --help).</translation>
    </message>
    <message>
        <source>--max-input-size "%1" is not a positive number of mebibytes (at most %2).</source>
        <translation>--max-input-size "%1" n'est pas un nombre positif de mébioctets (%2 au plus).</translation>
    </message>
    <message>
        <source>%1 is set but blank; set it to the outbox directory, or unset it for the default (~/.local/share/benchconnect/outbox).</source>
        <translation>%1 est définie mais vide ; lui donner le répertoire de la boîte d'envoi, ou la supprimer de l'environnement pour la valeur par défaut (~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>%1 is set but blank; ignoring it (--outbox is given).</source>
        <translation>%1 est définie mais vide ; elle est ignorée (--outbox est fourni).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox storage; 130 interrupted (see %1 --help).</source>
        <translation>Code de sortie : 0 succès ; 1 travail fait en partie seulement ; 2 utilisation ; 3 entrée ; 4 configuration ; 5 refus du serveur ; 6 serveur injoignable ; 7 état de l'exécution ; 8 régressions détectées ; 9 stockage de la boîte d'envoi ; 130 interruption (voir %1 --help).</translation>
    </message>
    <message>
        <source>A file or a directory: %1s as JSON, or a benchmark tool's output (see --format).</source>
        <translation>Un fichier ou un répertoire : des objets JSON (%1), ou la sortie d'un outil de benchmark (voir --format).</translation>
    </message>
    <message>
        <source>The format of the input: auto (the default for --path: each file's format from its content), conbench, or a tool's (%1). With --format, standard input is read whole in that format.</source>
        <translation>Le format de l'entrée : auto (par défaut pour --path : le format de chaque fichier d'après son contenu), conbench, ou celui d'un outil (%1). Avec --format, l'entrée standard est lue en entier dans ce format.</translation>
    </message>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Format inconnu "%1" ; les formats sont : auto, %2.</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path a reçu une valeur vide.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>L'entrée standard dépasse %L1 MiB ; %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
</context>
<context>
    <name>CommandLineBuilder</name>
    <message>
        <source>Run tags (%1) are not part of a run: the command-line program sends the run_tags each result file holds.</source>
        <translation>Les étiquettes d'exécution (%1) ne font pas partie d'une exécution : le programme en ligne de commande envoie les run_tags que contient chaque fichier de résultat.</translation>
    </message>
    <message>
        <source>The password is not copied. Set it first, without echoing it: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</source>
        <translation>Le mot de passe n'est pas copié. Le définir d'abord, sans l'afficher : read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>Left out, as in the window (cannot be sent): %1</source>
        <translation>Omis, comme dans la fenêtre (ne peut pas être envoyé) : %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a run with its baseline; fail a CI job on a regression.</source>
        <translation>Comparer une exécution avec sa référence ; faire échouer une tâche de CI en cas de régression.</translation>
    </message>
    <message>
        <source>Compares the results of a run with those of its baseline run, as the Conbench server pairs and analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row per benchmark: its name and tags, the unit, the baseline's and the run's value, the change in percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), and a verdict: regression, improvement, no change, new, missing, error, or not compared (the server made no analysis of the two results, or their units differ). Regressions come first, then errors, then the largest changes.

RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last "finish run" here finished. The baseline is the first of the server's candidate baseline runs that exists (parent commit, fork point, latest default-branch commit), or the one named with --baseline, or the run whose id --baseline gives. When there is none, the server's reason for each candidate is printed and the exit status is 0. Servers up to 2023 name no candidates: there only --baseline RUN_ID works.

With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is appended to that file whatever --format says.</source>
        <translation>Compare les résultats d'une exécution avec ceux de son exécution de référence, tels que le serveur Conbench les apparie et les analyse (GET /api/compare/runs/BASELINE...RUN/, toutes ses pages), et affiche une ligne par benchmark : son nom et ses étiquettes, l'unité, la valeur de la référence et celle de l'exécution, la variation en pourcentage et le score z rétrospectif (tous deux négatifs quand l'exécution est moins bonne, selon la convention de signe de Conbench), et un verdict : régression, amélioration, sans changement, nouveau, manquant, erreur ou non comparé (le serveur n'a pas analysé les deux résultats, ou leurs unités diffèrent). Les régressions viennent en premier, puis les erreurs, puis les plus fortes variations.

RUN_ID désigne par défaut l'exécution démarrée ici (benchconnect-state.json), sinon celle que le dernier "finish run" lancé ici a terminée. La référence est la première des exécutions de référence candidates du serveur qui existe (commit parent, point de bifurcation, dernier commit de la branche par défaut), ou celle désignée par --baseline, ou l'exécution dont --baseline donne l'identifiant. S'il n'y en a aucune, la raison donnée par le serveur pour chaque candidate est affichée et le code de sortie est 0. Les serveurs jusqu'à 2023 ne proposent aucune candidate : seul --baseline RUN_ID y fonctionne.

Avec --fail-on, le code de sortie est 8 quand la comparaison montre ce que l'option désigne : une tâche de CI échoue sur une régression. Si GITHUB_STEP_SUMMARY est définie (GitHub Actions), le résumé Markdown est ajouté à ce fichier, quel que soit --format.</translation>
    </message>
    <message>
        <source>The baseline: parent, fork_point, latest_default (a candidate the server names), or a run id. Default: the first candidate that exists, in that order.</source>
        <translation>La référence : parent, fork_point, latest_default (une candidate proposée par le serveur) ou un identifiant d'exécution. Par défaut : la première candidate qui existe, dans cet ordre.</translation>
    </message>
    <message>
        <source>Call a change larger than PERCENT a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Qualifier de régression ou d'amélioration une variation supérieure à PERCENT (transmis au serveur, dont la valeur par défaut est 5).</translation>
    </message>
    <message>
        <source>Call a lookback z-score beyond Z a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Qualifier de régression ou d'amélioration un score z rétrospectif au-delà de Z (transmis au serveur, dont la valeur par défaut est 5).</translation>
    </message>
    <message>
        <source>Print the comparison as text (default), markdown (a summary for a pull-request comment) or json.</source>
        <translation>Afficher la comparaison au format text (par défaut), markdown (un résumé pour un commentaire de pull request) ou json.</translation>
    </message>
    <message>
        <source>Exit with status 8 when the comparison shows a regression, an error, any of those or a benchmark missing or not compared (any), or never (default).</source>
        <translation>Sortir avec le code 8 quand la comparaison montre une régression (regression), une erreur (error), l'une ou l'autre ou un benchmark manquant ou non comparé (any), ou jamais (never, par défaut).</translation>
    </message>
    <message>
        <source>Read the comparison N benchmarks a page (default: the server's).</source>
        <translation>Lire la comparaison par pages de N benchmarks (par défaut : la taille de page du serveur).</translation>
    </message>
    <message>
        <source>The run to compare (default: the run started here, else the one "finish run" finished last here).</source>
        <translation>L'exécution à comparer (par défaut : l'exécution démarrée ici, sinon la dernière que "finish run" a terminée ici).</translation>
    </message>
    <message>
        <source>Give one run id; got %1 (see benchconnect compare run --help).</source>
        <translation>Fournir un seul identifiant d'exécution ; nombre fourni : %1 (voir benchconnect compare run --help).</translation>
    </message>
    <message>
        <source>No run to compare: give its id (benchconnect compare run RUN_ID), or run this where "start run" or "finish run" ran.</source>
        <translation>Aucune exécution à comparer : fournir son identifiant (benchconnect compare run RUN_ID), ou lancer cette commande là où "start run" ou "finish run" a été exécuté.</translation>
    </message>
    <message>
        <source>Run %1 was sent to %2, not to %3; comparing it on %3.</source>
        <translation>L'exécution %1 a été envoyée à %2, et non à %3 ; comparaison sur %3.</translation>
    </message>
    <message>
        <source>--threshold "%1" is not a positive number of percent.</source>
        <translation>--threshold "%1" n'est pas un pourcentage positif.</translation>
    </message>
    <message>
        <source>--threshold-z "%1" is not a positive number.</source>
        <translation>--threshold-z "%1" n'est pas un nombre positif.</translation>
    </message>
    <message>
        <source>--page-size "%1" is not a number from 1 to 1000.</source>
        <translation>--page-size "%1" n'est pas un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not one of text, markdown, json.</source>
        <translation>--%1 "%2" n'est pas l'une des valeurs text, markdown, json.</translation>
    </message>
    <message>
        <source>--fail-on "%1" is not one of regression, error, any, never.</source>
        <translation>--fail-on "%1" n'est pas l'une des valeurs regression, error, any, never.</translation>
    </message>
    <message>
        <source>GITHUB_STEP_SUMMARY: cannot append to %1: %2</source>
        <translation>GITHUB_STEP_SUMMARY : impossible d'ajouter à %1 : %2</translation>
    </message>
    <message>
        <source>Nothing compared: run %1 has no baseline.</source>
        <translation>Rien n'a été comparé : l'exécution %1 n'a pas de référence.</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare (this server keeps a run only through its results).</source>
        <translation>L'exécution %1 ne contient aucun résultat sur le serveur : rien à comparer (ce serveur ne garde une exécution qu'à travers ses résultats).</translation>
    </message>
    <message>
        <source>The comparison fails the gate (--fail-on %1): %2.</source>
        <translation>La comparaison ne passe pas le contrôle (--fail-on %1) : %2.</translation>
    </message>
    <message>
        <source>%1; give the run's id: benchconnect compare run RUN_ID.</source>
        <translation>%1 ; indiquez l’identifiant de l’exécution : benchconnect compare run RUN_ID.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>The run to compare (the last one submitted)</source>
        <translation>L'exécution à comparer (la dernière soumise)</translation>
    </message>
    <message>
        <source>First candidate the server offers</source>
        <translation>Première candidate proposée par le serveur</translation>
    </message>
    <message>
        <source>Parent commit</source>
        <translation>Commit parent</translation>
    </message>
    <message>
        <source>Fork point</source>
        <translation>Point de bifurcation</translation>
    </message>
    <message>
        <source>Latest default-branch commit</source>
        <translation>Dernier commit de la branche par défaut</translation>
    </message>
    <message>
        <source>A candidate baseline the server names, or type the id of a baseline run</source>
        <translation>Une référence candidate proposée par le serveur, ou saisir l'identifiant d'une exécution de référence</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur du serveur</translation>
    </message>
    <message>
        <source>A change larger than this is a regression or improvement</source>
        <translation>Une variation supérieure à ce seuil est une régression ou une amélioration</translation>
    </message>
    <message>
        <source>A lookback z-score beyond this is a regression or improvement</source>
        <translation>Un score z rétrospectif au-delà de ce seuil est une régression ou une amélioration</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Read the comparison from the server again (its z-scores change as history arrives)</source>
        <translation>Relire la comparaison sur le serveur (ses scores z changent à mesure que l'historique s'enrichit)</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>Filtrer les benchmarks</translation>
    </message>
    <message>
        <source>Submit a run, or enter a run's id, then compare it with its baseline.</source>
        <translation>Soumettre une exécution, ou saisir l'identifiant d'une exécution, puis la comparer avec sa référence.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution :</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil :</translation>
    </message>
    <message>
        <source>z:</source>
        <translation>z :</translation>
    </message>
    <message>
        <source>Enter the id of the run to compare.</source>
        <translation>Saisir l'identifiant de l'exécution à comparer.</translation>
    </message>
    <message>
        <source>Set the server first.</source>
        <translation>Définir d'abord le serveur.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comparing run %1…</source>
        <translation>Comparaison de l'exécution %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Aucune : %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>L'exécution %1 n'a pas de référence à laquelle se comparer : %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2: %3.</source>
        <translation>Exécution %1 comparée à l'exécution de référence %2 : %3.</translation>
    </message>
    <message>
        <source>Open the comparison on the server</source>
        <translation>Ouvrir la comparaison sur le serveur</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Reading run %1</source>
        <translation>Lecture de l'exécution %1</translation>
    </message>
    <message>
        <source>Run %1 is not on the server (404): check the run id. (A current Conbench server holds a run only once it has stored one of its results.)</source>
        <translation>L'exécution %1 n'est pas sur le serveur (404) : vérifier l'identifiant de l'exécution. (Un serveur Conbench actuel ne connaît une exécution qu'une fois qu'il a enregistré l'un de ses résultats.)</translation>
    </message>
    <message>
        <source>Run %1 could not be read: %2</source>
        <translation>L'exécution %1 n'a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>The baseline run %1 is not on the server (404): check the id given with --baseline.</source>
        <translation>L'exécution de référence %1 n'est pas sur le serveur (404) : vérifier l'identifiant fourni avec --baseline.</translation>
    </message>
    <message>
        <source>The baseline run %1 could not be read: %2</source>
        <translation>L'exécution de référence %1 n'a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline's run id with --baseline RUN_ID.</source>
        <translation>ce serveur Conbench (2023 ou antérieur) ne propose pas d'exécutions de référence candidates ; fournir l'identifiant de l'exécution de référence avec --baseline RUN_ID.</translation>
    </message>
    <message>
        <source>no baseline run found</source>
        <translation>aucune exécution de référence trouvée</translation>
    </message>
    <message>
        <source>the server named no candidate baseline runs</source>
        <translation>le serveur n'a proposé aucune exécution de référence candidate</translation>
    </message>
    <message>
        <source>the server named no %1 candidate</source>
        <translation>le serveur n'a proposé aucune candidate %1</translation>
    </message>
    <message>
        <source>Reading page %1 of the comparison</source>
        <translation>Lecture de la page %1 de la comparaison</translation>
    </message>
    <message>
        <source>The server has no comparison of runs %1 and %2 (404): %3</source>
        <translation>Le serveur n'a pas de comparaison des exécutions %1 et %2 (404) : %3</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>La comparaison n'a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The server's comparison is not in a form Conbench answers with.</source>
        <translation>La comparaison du serveur n'a pas la forme d'une réponse Conbench.</translation>
    </message>
    <message>
        <source>The server's comparison pages do not end (cursor %1 again).</source>
        <translation>Les pages de la comparaison du serveur ne s'arrêtent pas (curseur %1 répété).</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare.</source>
        <translation>L'exécution %1 ne contient aucun résultat sur le serveur : rien à comparer.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1 : impossible d'écrire : %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds no run id</source>
        <translation>%1 est endommagé : il ne contient aucun identifiant d’exécution</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Challenger</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <source>%1
Double-click to open the result's page: %2</source>
        <translation>%1
Double-cliquer pour ouvrir la page du résultat : %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>parent commit</source>
        <translation>commit parent</translation>
    </message>
    <message>
        <source>fork point</source>
        <translation>point de bifurcation</translation>
    </message>
    <message>
        <source>latest default-branch commit</source>
        <translation>dernier commit de la branche par défaut</translation>
    </message>
    <message>
        <source>given with --baseline</source>
        <translation>fournie avec --baseline</translation>
    </message>
    <message numerus="yes">
        <source>%Ln regressions</source>
        <translation>
            <numerusform>%Ln régression</numerusform>
            <numerusform>%Ln régressions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvements</source>
        <translation>
            <numerusform>%Ln amélioration</numerusform>
            <numerusform>%Ln améliorations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without change</source>
        <translation>
            <numerusform>%Ln sans changement</numerusform>
            <numerusform>%Ln sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln en erreur</numerusform>
            <numerusform>%Ln en erreur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln manquant</numerusform>
            <numerusform>%Ln manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compared</source>
        <translation>
            <numerusform>%Ln non comparé</numerusform>
            <numerusform>%Ln non comparés</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>L'exécution %1 n'a pas de référence à laquelle se comparer : %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2 (%3).</source>
        <translation>Exécution %1 comparée à l'exécution de référence %2 (%3).</translation>
    </message>
    <message>
        <source>The two runs share no benchmarks.</source>
        <translation>Les deux exécutions n'ont aucun benchmark en commun.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Challenger</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Score z</translation>
    </message>
    <message>
        <source>Benchmark comparison: no baseline</source>
        <translation>Comparaison des benchmarks : pas de référence</translation>
    </message>
    <message>
        <source>Run `%1` has no baseline to compare with: %2</source>
        <translation>L'exécution `%1` n'a pas de référence à laquelle se comparer : %2</translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>Comparaison des benchmarks : %Ln régression</numerusform>
            <numerusform>Comparaison des benchmarks : %Ln régressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark comparison: no regressions</source>
        <translation>Comparaison des benchmarks : aucune régression</translation>
    </message>
    <message>
        <source>Benchmark comparison: no benchmark compared</source>
        <translation>Comparaison des benchmarks : aucun benchmark comparé</translation>
    </message>
    <message>
        <source>Benchmark comparison: %1</source>
        <translation>Comparaison des benchmarks : %1</translation>
    </message>
    <message>
        <source>Run `%1` compared with baseline run `%2` (%3)</source>
        <translation>Exécution `%1` comparée à l'exécution de référence `%2` (%3)</translation>
    </message>
    <message>
        <source>comparison on Conbench</source>
        <translation>comparaison sur Conbench</translation>
    </message>
    <message>
        <source>change threshold %1 %</source>
        <translation>seuil de variation %1 %</translation>
    </message>
    <message>
        <source>the server's change threshold</source>
        <translation>le seuil de variation du serveur</translation>
    </message>
    <message>
        <source>z-score threshold %1</source>
        <translation>seuil du score z %1</translation>
    </message>
    <message>
        <source>the server's z-score threshold</source>
        <translation>le seuil du score z du serveur</translation>
    </message>
    <message>
        <source>A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).</source>
        <translation>Une variation ou un score z négatif est moins bon, selon la convention de signe de Conbench (plus lent, ou débit plus faible).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>regression</source>
        <translation>régression</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>amélioration</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sans changement</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>new in this run, and its result failed: %1</source>
        <translation>nouveau dans cette exécution, et son résultat a échoué : %1</translation>
    </message>
    <message>
        <source>the run's result failed: %1</source>
        <translation>le résultat de l'exécution a échoué : %1</translation>
    </message>
    <message>
        <source>the baseline's result failed: %1</source>
        <translation>le résultat de la référence a échoué : %1</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>non comparé</translation>
    </message>
    <message>
        <source>the server made no analysis: the baseline's value is 0</source>
        <translation>le serveur n'a fait aucune analyse : la valeur de la référence est 0</translation>
    </message>
    <message>
        <source>the server made no analysis: a result has no value</source>
        <translation>le serveur n'a fait aucune analyse : un résultat n'a pas de valeur</translation>
    </message>
    <message>
        <source>the server made no analysis</source>
        <translation>le serveur n'a fait aucune analyse</translation>
    </message>
    <message>
        <source>the unit changed from %1 to %2</source>
        <translation>l'unité est passée de %1 à %2</translation>
    </message>
</context>
<context>
    <name>ConbenchAdapter</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation>le fichier ne contient aucun objet JSON</translation>
    </message>
    <message>
        <source>Conbench result JSON (one object, or one per line)</source>
        <translation>JSON de résultats Conbench (un objet, ou un par ligne)</translation>
    </message>
</context>
<context>
    <name>ConbenchClient</name>
    <message>
        <source>no answer within %L1 s</source>
        <translation>pas de réponse en %L1 s</translation>
    </message>
    <message>
        <source>stopped before the server confirmed it</source>
        <translation>arrêté avant que le serveur l'ait confirmé</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation>le certificat TLS de %1 n'est pas approuvé (%2) ; fournir son certificat d'AC avec --ca-bundle ou BENCHCONNECT_CA_BUNDLE, ou, seulement sur un réseau de confiance, utiliser --insecure</translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation>le serveur a refusé les identifiants de %1 (%2)</translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation>le serveur exige une identification (%1) ; définir CONBENCH_EMAIL et CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation>le serveur a refusé la requête même après une nouvelle identification (%1)</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation>le serveur a redirigé %1 vers %2, redirection que benchconnect ne suit pas (les identifiants ne vont jamais vers un autre hôte) ; donner à CONBENCH_URL l'adresse qui répond</translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation>aucune réponse exploitable de %1 (tentatives : %2, répétées jusqu'à l'échéance de %3 s) ; dernier problème : %4</translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation>impossible de lire les résultats de l'exécution %1 : %2</translation>
    </message>
    <message>
        <source>cannot check whether the server stored it already (%1); it is not sent again until that can be checked</source>
        <translation>impossible de vérifier si le serveur l'a déjà enregistré (%1) ; il n'est pas renvoyé tant que cela ne peut être vérifié</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>le serveur a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>le réseau n'est pas disponible</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>échec du proxy (%1)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>erreur réseau %1</translation>
    </message>
    <message>
        <source>%1 did not give a Conbench answer (%2); check CONBENCH_URL and any proxy or network log-in page in between</source>
        <translation>%1 n'a pas donné de réponse Conbench (%2) ; vérifier CONBENCH_URL et tout proxy ou page d'identification réseau intermédiaire</translation>
    </message>
    <message>
        <source>the server ended the session right after logging in again (%1 answered %2); nothing more is sent. A proxy or load balancer in between may drop the session cookie; the results wait in the outbox</source>
        <translation>le serveur a mis fin à la session juste après une nouvelle identification (%1 a répondu %2) ; plus rien n'est envoyé. Un proxy ou un répartiteur de charge intermédiaire perd peut-être le cookie de session ; les résultats attendent dans la boîte d'envoi</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>pas de corps</translation>
    </message>
    <message>
        <source>no id of a stored result</source>
        <translation>pas d'identifiant de résultat enregistré</translation>
    </message>
    <message>
        <source>cancelled after a failed attempt: %1</source>
        <translation>annulé après une tentative en échec : %1</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of %3 s allows (%4 s left); the results wait in the outbox, send them later with "benchconnect outbox retry" or allow more with --retry-deadline</source>
        <translation>%1 a demandé d'attendre %2 s avant un nouvel essai (Retry-After), plus que ne le permet l'échéance des nouvelles tentatives de %3 s (%4 s restantes) ; les résultats attendent dans la boîte d'envoi, les envoyer plus tard avec "benchconnect outbox retry" ou accorder plus de temps avec --retry-deadline</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 a échoué (%2) ; nouvel essai dans %3 s.</translation>
    </message>
</context>
<context>
    <name>ConbenchSchema</name>
    <message>
        <source>%1 is not a GitHub repository URL (https://github.com/ORG/REPO)</source>
        <translation>%1 n'est pas une URL de dépôt GitHub (https://github.com/ORG/REPO)</translation>
    </message>
    <message>
        <source>is empty (give the commit's hash, or leave the field out)</source>
        <translation>est vide (indiquer le hash du commit, ou omettre le champ)</translation>
    </message>
    <message>
        <source>missing (give machine_info or cluster_info)</source>
        <translation>manquant (indiquer machine_info ou cluster_info)</translation>
    </message>
    <message>
        <source>given together with machine_info (give only one of them)</source>
        <translation>fourni en même temps que machine_info (n'en fournir qu'un seul)</translation>
    </message>
    <message>
        <source>%1 is not an object of strings</source>
        <translation>%1 n'est pas un objet de chaînes</translation>
    </message>
    <message>
        <source>holds an empty key (keys must be non-empty strings)</source>
        <translation>contient une clé vide (les clés doivent être des chaînes non vides)</translation>
    </message>
    <message>
        <source>%1 is not a string (run_tags values must be strings)</source>
        <translation>%1 n'est pas une chaîne (les valeurs de run_tags doivent être des chaînes)</translation>
    </message>
    <message>
        <source>missing (give stats, or error for a benchmark that failed)</source>
        <translation>manquant (indiquer stats, ou error pour un benchmark qui a échoué)</translation>
    </message>
    <message>
        <source>missing (Conbench needs the benchmark's name there)</source>
        <translation>manquant (Conbench y attend le nom du benchmark)</translation>
    </message>
    <message>
        <source>%1 is an object or a list (tag values must be plain values)</source>
        <translation>%1 est un objet ou une liste (les valeurs d'étiquette doivent être des valeurs simples)</translation>
    </message>
    <message>
        <source>%1 is not a unit Conbench accepts (%2)</source>
        <translation>%1 n'est pas une unité acceptée par Conbench (%2)</translation>
    </message>
    <message>
        <source>not a field the server knows</source>
        <translation>champ inconnu du serveur</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>manquant (obligatoire)</translation>
    </message>
    <message>
        <source>may not be null, empty or blank</source>
        <translation>ne peut être ni null, ni vide, ni blanc</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 n'est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 n'est pas un entier</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n'est pas un nombre</translation>
    </message>
    <message>
        <source>%1: NaN and infinity are not allowed</source>
        <translation>%1 : NaN et l'infini ne sont pas autorisés</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n'est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n'est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n'est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)</source>
        <translation>%1 n'est pas une date et heure ISO 8601 (2026-01-31T12:00:00+00:00)</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 n'est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message>
        <source>%1: the file is larger than %L2 MiB</source>
        <translation>%1 : le fichier dépasse %L2 MiB</translation>
    </message>
    <message>
        <source>%1: the throughput per second is beyond the largest number a result can hold; it is left out.</source>
        <translation>%1 : le débit par seconde dépasse le plus grand nombre qu'un résultat peut contenir ; il est omis.</translation>
    </message>
    <message>
        <source>%1: %2 ns over %3 iterations is beyond the largest number a result can hold (%4); nothing of the folder is converted.</source>
        <translation>%1 : %2 ns sur %3 itérations dépasse le plus grand nombre qu'un résultat peut contenir (%4) ; rien du dossier n'est converti.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Criterion's output is a folder: give target/criterion (or a folder inside it)</source>
        <translation>la sortie de Criterion est un dossier : fournir target/criterion (ou un dossier qu'il contient)</translation>
    </message>
    <message>
        <source>no benchmark in the folder (Criterion writes &lt;benchmark&gt;/new/benchmark.json)</source>
        <translation>aucun benchmark dans le dossier (Criterion écrit &lt;benchmark&gt;/new/benchmark.json)</translation>
    </message>
    <message>
        <source>%1: "iters" and "times" differ in length</source>
        <translation>%1 : "iters" et "times" n'ont pas la même longueur</translation>
    </message>
    <message>
        <source>Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json are missing or empty)</source>
        <translation>Criterion n'a enregistré aucune mesure pour %1 (new/sample.json et new/estimates.json sont absents ou vides)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln benchmark n'a pas de new/sample.json ; son estimation de la moyenne tient lieu de données.</numerusform>
            <numerusform>%Ln benchmarks n'ont pas de new/sample.json ; leur estimation de la moyenne tient lieu de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rust Criterion's target/criterion folder</source>
        <translation>Dossier target/criterion de Criterion (Rust)</translation>
    </message>
</context>
<context>
    <name>CustomAdapter</name>
    <message>
        <source>not github-action-benchmark JSON: it is not a list of {"name", "unit", "value"}</source>
        <translation>pas du JSON github-action-benchmark : ce n'est pas une liste de {"name", "unit", "value"}</translation>
    </message>
    <message>
        <source>entry %1 (%2) has no numeric "value"</source>
        <translation>l'entrée %1 (%2) n'a pas de « value » numérique</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1 : %2</translation>
    </message>
    <message>
        <source>%1: the unit "%2" has no Conbench unit (s, ns, B/s, i/s); left out.</source>
        <translation>%1 : l'unité "%2" n'a pas d'équivalent Conbench (s, ns, B/s, i/s) ; entrée omise.</translation>
    </message>
    <message>
        <source>github-action-benchmark's custom JSON ([{"name", "unit", "value"}])</source>
        <translation>JSON personnalisé de github-action-benchmark ([{"name", "unit", "value"}])</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation>Envoie des résultats de benchmark à un serveur Conbench : complète leurs valeurs par défaut (machine, commit, horodatages), démarre et termine des exécutions, et envoie les résultats, en gardant chaque résultat dans une boîte d'envoi jusqu'à ce que le serveur l'ait confirmé.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the work was done only in part (the server refused some results and stored others)</source>
        <translation>le travail n'a été fait qu'en partie (le serveur a refusé des résultats et en a enregistré d'autres)</translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation>sous-commande inconnue, option ou valeur d'option incorrecte</translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation>pas d'entrée, un fichier illisible, du JSON non valide ou un champ inutilisable</translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation>une variable CONBENCH_* manque ou n'est pas valide</translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation>le serveur a refusé la requête ou les identifiants</translation>
    </message>
    <message>
        <source>the run's state file is missing, exists already, disagrees with the input, or cannot be written</source>
        <translation>le fichier d'état de l'exécution manque, existe déjà, contredit l'entrée ou ne peut pas être écrit</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation>interrompu (Ctrl-C) ; rien de ce qui a été accepté n'est perdu</translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation>Durée en secondes des nouvelles tentatives d'une requête (1800 par défaut).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation>Un fichier PEM de certificats d'AC à approuver en plus.</translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation>Le répertoire de la boîte d'envoi (~/.local/share/benchconnect/outbox par défaut).</translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation>Requêtes simultanées lors de l'envoi des résultats (4 par défaut).</translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation>Utilisation : benchconnect SOUS-COMMANDE [options]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes :</translation>
    </message>
    <message>
        <source>Run "benchconnect SUBCOMMAND --help" for the options of each.</source>
        <translation>Lancer "benchconnect SOUS-COMMANDE --help" pour les options de chacune.</translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation>Usage typique dans une tâche de CI :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Code de sortie :</translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to "post result" or "post run".</source>
        <translation>Complète les valeurs par défaut des résultats ou des exécutions (machine, commit, horodatages, identifiants) et les affiche en NDJSON, un objet par ligne, sans contacter de serveur. La sortie peut être redirigée vers "post result" ou "post run".</translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation>Envoie des résultats ou des exécutions au serveur Conbench exactement tels quels, sans compléter les valeurs par défaut. Les résultats passent par la boîte d'envoi : aucun n'est perdu si le serveur échoue.</translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the "id" of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation>Met à jour des exécutions sur le serveur Conbench : le champ "id" de chaque exécution va dans l'URL, ses autres champs (comme finished_timestamp) dans le corps.</translation>
    </message>
    <message>
        <source>The run workflow: "start run" creates a run and writes the state file, "submit result" adds results to it, "finish run" ends it and removes the state file.</source>
        <translation>Le déroulement d'une exécution : "start run" crée une exécution et écrit le fichier d'état, "submit result" y ajoute des résultats, "finish run" la termine et supprime le fichier d'état.</translation>
    </message>
    <message>
        <source>Every result that "submit result" or "post result" accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation>Chaque résultat accepté par "submit result" ou "post result" attend dans la boîte d'envoi jusqu'à ce que le serveur l'ait confirmé. Ces sous-commandes affichent, envoient et retirent ce qui y attend.</translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation>Utilisation : benchconnect %1 SOUS-COMMANDE [options]</translation>
    </message>
    <message>
        <source>Run "benchconnect %1 --help" for the input, options and examples of each (for example "benchconnect %2 --help"), and "benchconnect --help" for every subcommand, the environment and the exit status.</source>
        <translation>Lancer "benchconnect %1 --help" pour l'entrée, les options et les exemples de chacune (par exemple "benchconnect %2 --help"), et "benchconnect --help" pour toutes les sous-commandes, l'environnement et le code de sortie.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1". The subcommands are: %2. See benchconnect --help.</source>
        <translation>Sous-commande inconnue "%1". Les sous-commandes sont : %2. Voir benchconnect --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1 %2". "%1" takes one of: %3 (see benchconnect %1 --help).</source>
        <translation>Sous-commande inconnue "%1 %2". "%1" attend l'une des sous-commandes : %3 (voir benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline, or what answered was not Conbench (at the first request or part-way)</source>
        <translation>le serveur n'a pas répondu avant l'échéance des nouvelles tentatives, ou ce qui a répondu n'était pas Conbench (dès la première requête ou en cours de route)</translation>
    </message>
    <message>
        <source>the outbox could not be written or read (disk full, permissions)</source>
        <translation>la boîte d'envoi n'a pas pu être écrite ou lue (disque plein, permissions)</translation>
    </message>
    <message>
        <source>Turns the output files of benchmark tools into Conbench results, with their defaults filled in, and prints them as NDJSON, without talking to a server. The formats: %1.</source>
        <translation>Convertit les fichiers de sortie d'outils de benchmark en résultats Conbench, avec leurs valeurs par défaut complétées, et les affiche en NDJSON, sans contacter de serveur. Les formats : %1.</translation>
    </message>
    <message>
        <source>regressions found: compare --fail-on (or --compare) found what it names in the comparison</source>
        <translation>régressions détectées : compare --fail-on (ou --compare) a trouvé dans la comparaison ce que l'option désigne</translation>
    </message>
    <message>
        <source>Compares a run with its baseline run on the Conbench server and prints which benchmarks regressed; with --fail-on it fails a CI job on a regression (exit status 8).</source>
        <translation>Compare une exécution avec son exécution de référence sur le serveur Conbench et affiche les benchmarks en régression ; avec --fail-on, fait échouer une tâche de CI en cas de régression (code de sortie 8).</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop folders of result files (*.json) or single files here, or click to choose them</source>
        <translation>Déposer ici des dossiers de fichiers de résultats (*.json) ou des fichiers isolés, ou cliquer pour les choisir</translation>
    </message>
    <message>
        <source>Drop result folders or files here, or click to add</source>
        <translation>Déposer ici des dossiers ou fichiers de résultats, ou cliquer pour en ajouter</translation>
    </message>
</context>
<context>
    <name>FinishRunCommand</name>
    <message>
        <source>Finish the started run and remove the state file.</source>
        <translation>Terminer l'exécution démarrée et supprimer le fichier d'état.</translation>
    </message>
    <message>
        <source>run update</source>
        <translation>mise à jour d'exécution</translation>
    </message>
    <message>
        <source>The JSON names run "%1" but the run started here is "%2".</source>
        <translation>Le JSON désigne l'exécution "%1" mais l'exécution démarrée ici est "%2".</translation>
    </message>
    <message>
        <source>"finish run" takes only %1; the JSON holds "%2".</source>
        <translation>"finish run" n'accepte que %1 ; le JSON contient "%2".</translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation>error_type et error_info ne peuvent pas y être enregistrés ; le fichier d'état est supprimé.</translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation>Le fichier d'état est supprimé.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation>L'exécution n'a pas été terminée : %1 (le fichier d'état est conservé ; réessayer)</translation>
    </message>
    <message>
        <source>The run was not finished: the server refused the update as it is: %1 (the state file is kept; correct what --json gives and run finish run again)</source>
        <translation>L'exécution n'a pas été terminée : le serveur a refusé la mise à jour telle quelle : %1 (le fichier d'état est conservé ; corriger ce que donne --json et relancer finish run)</translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an error). The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation>Marque comme terminée l'exécution démarrée ici : envoie finished_timestamp (maintenant, sauf s'il est fourni), ainsi que error_type, error_info et info s'ils sont fournis, à PUT /api/runs/ID/ avec l'identifiant lu dans benchconnect-state.json, sur le serveur où l'exécution a été démarrée (une autre valeur de CONBENCH_URL est une erreur). Le fichier d'état est supprimé une fois que le serveur a accepté la requête.

Sans entrée JSON, seul finished_timestamp est envoyé. L'entrée standard est lue quand rien d'autre n'est donné et qu'elle n'est pas un terminal ; si rien n'y arrive en 2 s (un tube qu'un exécuteur de CI laisse ouvert), elle n'est pas attendue, avec un avertissement ("-" l'attend). Les serveurs depuis fin 2023 gèrent les exécutions implicitement : ils répondent 405, ce qui est signalé une fois, et le fichier d'état est supprimé malgré tout.</translation>
    </message>
    <message>
        <source>%1 (run %2 is finished; "benchconnect compare run %2" compares it)</source>
        <translation>%1 (l'exécution %2 est terminée ; "benchconnect compare run %2" la compare)</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>the watch journal cannot be written</source>
        <translation>impossible d'écrire le registre de surveillance</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): give it in the folder's run.json, which sends the folder again, or set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT for the folders to come</source>
        <translation>le serveur a besoin du github de chaque résultat (son dépôt et son commit) : donnez-le dans le run.json du dossier, ce qui renvoie le dossier, ou définissez CONBENCH_PROJECT_REPOSITORY et CONBENCH_PROJECT_COMMIT pour les dossiers à venir</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its results would be refused by the server, as the first: %1</source>
        <translation>
            <numerusform>%Ln de ses résultats serait refusé par le serveur : %1</numerusform>
            <numerusform>%Ln de ses résultats seraient refusés par le serveur, comme le premier : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: the run id "%3" it gives is not used: watch gives each folder's run an id of its own, kept in its journal so that a restart continues the same run (this one is %4)</source>
        <translation>%1 : %2 : l'identifiant d'exécution "%3" qu'il donne n'est pas utilisé : watch donne à l'exécution de chaque dossier un identifiant propre, conservé dans son journal pour qu'un redémarrage poursuive la même exécution (celle-ci est %4)</translation>
    </message>
    <message>
        <source>%1: the commit "%2" is not a 40-character hexadecimal SHA: Conbench would file the run under a commit it does not know; give the full SHA (git rev-parse HEAD)</source>
        <translation>%1 : le commit « %2 » n'est pas un SHA hexadécimal de 40 caractères : Conbench classerait l'exécution sous un commit qu'il ne connaît pas ; donnez le SHA complet (git rev-parse HEAD)</translation>
    </message>
    <message>
        <source>%1: unknown key "%2": a Conbench server would refuse the run or drop the key (run.json gives reason, name, info, github, tags, hardware, or Conbench's other run fields)</source>
        <translation>%1 : clé inconnue « %2 » : un serveur Conbench refuserait l'exécution ou ignorerait la clé (run.json donne reason, name, info, github, tags, hardware ou les autres champs d'exécution de Conbench)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the folder holds no result files</source>
        <translation>le dossier ne contient aucun fichier de résultats</translation>
    </message>
    <message>
        <source>the server refused the run: %1</source>
        <translation>le serveur a refusé l'exécution : %1</translation>
    </message>
    <message>
        <source>another process is sending its results</source>
        <translation>un autre processus envoie ses résultats</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n'a pas pu être joint</translation>
    </message>
    <message>
        <source>the server refused to finish the run: %1</source>
        <translation>le serveur a refusé de terminer l'exécution : %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>refusé par le serveur : %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1 : pas un répertoire ; fournir le dossier dans lequel les bancs de test écrivent leurs résultats.</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent; sending it again as a new run (--resend-changed).</source>
        <translation>%1 : ses fichiers ont changé après son envoi ; nouvel envoi comme nouvelle exécution (--resend-changed).</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent as run %2; it is not sent again (give --resend-changed to send it as a new run).</source>
        <translation>%1 : ses fichiers ont changé après son envoi comme exécution %2 ; il n'est pas renvoyé (fournir --resend-changed pour l'envoyer comme nouvelle exécution).</translation>
    </message>
    <message>
        <source>%1: it holds the same files as %2 (renamed or moved?), which was sent as run %3; it is not sent again.</source>
        <translation>%1 : il contient les mêmes fichiers que %2 (renommé ou déplacé ?), envoyé comme exécution %3 ; il n'est pas renvoyé.</translation>
    </message>
    <message>
        <source>the same files as %1, sent as run %2; not sent again</source>
        <translation>les mêmes fichiers que %1, envoyé comme exécution %2 ; non renvoyé</translation>
    </message>
    <message>
        <source>%1: its files changed since it failed (nothing of it was sent); it is tried again.</source>
        <translation>%1 : ses fichiers ont changé depuis son échec (rien n'en a été envoyé) ; il est réessayé.</translation>
    </message>
    <message>
        <source>the folder was removed before its results were read</source>
        <translation>le dossier a été supprimé avant la lecture de ses résultats</translation>
    </message>
    <message>
        <source>%1: not sent now (%2); it waits and is sent when the server can be reached.</source>
        <translation>%1 : pas envoyé pour l'instant (%2) ; il attend et sera envoyé quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>%1: %2; stopping.</source>
        <translation>%1 : %2 ; arrêt.</translation>
    </message>
    <message>
        <source>it was copied there, but could not be removed from here</source>
        <translation>il y a été copié, mais n'a pas pu être supprimé d'ici</translation>
    </message>
    <message>
        <source>a folder of that name is there already</source>
        <translation>un dossier de ce nom s'y trouve déjà</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>%1: sent, but it could not be moved to %2 (%3); it stays where it is.</source>
        <translation>%1 : envoyé, mais impossible de le déplacer vers %2 (%3) ; il reste où il est.</translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message>
        <source>not Google Benchmark JSON: it has no "context" object and "benchmarks" list</source>
        <translation>pas du JSON Google Benchmark : il n'a pas l'objet "context" et la liste "benchmarks" attendus</translation>
    </message>
    <message>
        <source>benchmark row %1: %2</source>
        <translation>ligne de benchmark %1 : %2</translation>
    </message>
    <message>
        <source>%1: unknown time_unit "%2"</source>
        <translation>%1 : time_unit "%2" inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>%Ln ligne d'agrégat (mean, median, stddev, cv, BigO, RMS) n'est pas un résultat ; les répétitions qu'elle résume le sont.</numerusform>
            <numerusform>%Ln lignes d'agrégat (mean, median, stddev, cv, BigO, RMS) ne sont pas des résultats ; les répétitions qu'elles résument le sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters %1 have no Conbench unit; they are kept in info.</source>
        <translation>Les compteurs %1 n'ont pas d'unité Conbench ; ils sont conservés dans info.</translation>
    </message>
    <message>
        <source>Google Benchmark JSON (--benchmark_format=json)</source>
        <translation>JSON Google Benchmark (--benchmark_format=json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</source>
        <translation>
            <numerusform>%Ln benchmark a des lignes d&apos;agrégat mais aucune répétition dans le fichier (écrit avec --benchmark_report_aggregates_only) : sa moyenne tient lieu de données, avec la médiane et l&apos;écart type à côté.</numerusform>
            <numerusform>%Ln benchmarks ont des lignes d&apos;agrégat mais aucune répétition dans le fichier (écrit avec --benchmark_report_aggregates_only) : leur moyenne tient lieu de données, avec la médiane et l&apos;écart type à côté.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCheckout</name>
    <message>
        <source>git is not installed (not found in PATH); the checkout in %1 is not read.</source>
        <translation>git n'est pas installé (introuvable dans PATH) ; la copie de travail de %1 n'est pas lue.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n'est pas un répertoire.</translation>
    </message>
    <message>
        <source>git (%1) could not be started.</source>
        <translation>git (%1) n'a pas pu être lancé.</translation>
    </message>
    <message>
        <source>git did not answer within %L1 s in %2; the checkout is not read.</source>
        <translation>git n'a pas répondu en %L1 s dans %2 ; la copie de travail n'est pas lue.</translation>
    </message>
    <message>
        <source>%1 is not in a git checkout.</source>
        <translation>%1 n'est pas dans une copie de travail git.</translation>
    </message>
    <message>
        <source>git could not read the checkout in %1: %2</source>
        <translation>git n'a pas pu lire la copie de travail de %1 : %2</translation>
    </message>
    <message>
        <source>the git checkout in %1</source>
        <translation>la copie de travail git de %1</translation>
    </message>
    <message>
        <source>HEAD (git status)</source>
        <translation>HEAD (git status)</translation>
    </message>
    <message>
        <source>the branch checked out (git status)</source>
        <translation>la branche extraite (git status)</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no commit yet.</source>
        <translation>La copie de travail git de %1 n'a encore aucun commit.</translation>
    </message>
    <message>
        <source>the origin remote (git remote get-url origin)</source>
        <translation>le dépôt distant origin (git remote get-url origin)</translation>
    </message>
    <message>
        <source>origin/HEAD (git symbolic-ref)</source>
        <translation>origin/HEAD (git symbolic-ref)</translation>
    </message>
    <message>
        <source>git did not name the origin remote within %L1 s.</source>
        <translation>git n'a pas indiqué le dépôt distant origin en %L1 s.</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no origin remote.</source>
        <translation>La copie de travail git de %1 n'a pas de dépôt distant origin.</translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>Impossible de lancer git (%1) ; est-il installé ?</translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation>%1 n'est pas une copie de travail git avec un commit : %2</translation>
    </message>
</context>
<context>
    <name>GoAdapter</name>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>ligne %1 : JSON non valide (%2)</translation>
    </message>
    <message>
        <source>not go test -json output: it has no output events</source>
        <translation>pas une sortie de go test -json : aucun événement output</translation>
    </message>
    <message>
        <source>the benchmark failed</source>
        <translation>le benchmark a échoué</translation>
    </message>
    <message>
        <source>Skipped, so not results: %1.</source>
        <translation>Ignorés, donc pas des résultats : %1.</translation>
    </message>
    <message>
        <source>The metrics %1 have no Conbench unit; they are kept in info.</source>
        <translation>Les métriques %1 n'ont pas d'unité Conbench ; elles sont conservées dans info.</translation>
    </message>
    <message>
        <source>not go test -bench output: it has no benchmark lines</source>
        <translation>pas une sortie de go test -bench : aucune ligne de benchmark</translation>
    </message>
    <message>
        <source>Go benchmarks (go test -bench, text or -json)</source>
        <translation>Benchmarks Go (go test -bench, texte ou -json)</translation>
    </message>
    <message>
        <source>line %1 starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%2&quot;</source>
        <translation>la ligne %1 commence comme le résultat d&apos;un benchmark mais ne peut pas être lue ; elle est laissée de côté : « %2 »</translation>
    </message>
    <message>
        <source>this line starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%1&quot;</source>
        <translation>cette ligne commence comme le résultat d&apos;un benchmark mais ne peut pas être lue ; elle est laissée de côté : « %1 »</translation>
    </message>
</context>
<context>
    <name>HyperfineAdapter</name>
    <message>
        <source>not hyperfine JSON: it has no "results" list</source>
        <translation>pas du JSON hyperfine : il n'a pas de liste "results"</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>résultat %1 : %2</translation>
    </message>
    <message>
        <source>the command exited with a non-zero status in %L1 of %L2 runs</source>
        <translation>la commande s'est terminée avec un code non nul lors de %L1 exécutions sur %L2</translation>
    </message>
    <message>
        <source>%1: no run times</source>
        <translation>%1 : aucune durée d'exécution</translation>
    </message>
    <message>
        <source>hyperfine JSON (--export-json)</source>
        <translation>JSON hyperfine (--export-json)</translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>at offset %1 (line %2, column %3)</source>
        <translation>à la position %1 (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>expected one JSON object, found an array (use NDJSON, one object per line, or a directory of files for several)</source>
        <translation>un seul objet JSON attendu, un tableau a été trouvé (pour plusieurs, utiliser NDJSON, un objet par ligne, ou un répertoire de fichiers)</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>un seul objet JSON attendu</translation>
    </message>
    <message>
        <source>expected one JSON object ({…}), found a JSON value that is not one</source>
        <translation>un objet JSON ({…}) était attendu, mais une valeur JSON qui n'en est pas un a été trouvée</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1 : aucun fichier ou répertoire de ce nom</translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation>%1 : impossible de lire le répertoire</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1 : impossible de lire le fichier</translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation>%1 : le répertoire ne contient aucun fichier *.json</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path a reçu une valeur vide.</translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation>Plusieurs entrées fournies ; utilisation de --json, sans tenir compte de %1.</translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation>l'argument NDJSON et --path</translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation>l'argument NDJSON</translation>
    </message>
    <message>
        <source>--path</source>
        <translation>--path</translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation>Plusieurs entrées fournies ; utilisation de l'argument NDJSON, sans tenir compte de --path.</translation>
    </message>
    <message>
        <source>%1 is read as NDJSON text, but it names a file or folder: give it with --path %1.</source>
        <translation>%1 est lu comme du texte NDJSON, mais désigne un fichier ou un dossier : le donner avec --path %1.</translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation>L'entrée standard n'est pas disponible.</translation>
    </message>
    <message>
        <source>No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation>Aucune entrée : fournir --json '{...}', --path FILE_OR_DIRECTORY, du NDJSON en argument, ou envoyer du NDJSON sur l'entrée standard.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 that one input object may take</source>
        <translation>%1 dépasse les %2 autorisés pour un objet d'entrée</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that one input object may take</source>
        <translation>%1 fait %2, plus que les %3 autorisés pour un objet d'entrée</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (a number must fit a double: at most about 1.8e308 in size, and 0 or at least about 2.2e-308)</source>
        <translation>%1 : le nombre %2 est hors limites (un nombre doit tenir dans un double : au plus environ 1.8e308 en valeur absolue, et 0 ou au moins environ 2.2e-308)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>invalid JSON %1</source>
        <translation>JSON non valide %1</translation>
    </message>
    <message>
        <source>%1: a symbolic link loop; nothing can be read through it</source>
        <translation>%1 : boucle de liens symboliques ; rien ne peut être lu à travers</translation>
    </message>
    <message>
        <source>%1: a dangling symbolic link (its target %2 does not exist)</source>
        <translation>%1 : lien symbolique cassé (sa cible %2 n'existe pas)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un fichier spécial</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; give a file or a directory of files (NDJSON can be piped to standard input)</source>
        <translation>%1 est %2, pas un fichier ordinaire ; fournir un fichier ou un répertoire de fichiers (le NDJSON peut être envoyé sur l'entrée standard)</translation>
    </message>
    <message>
        <source>%1 is a directory; only the *.json files directly in %2 are read (not sub-directories)</source>
        <translation>%1 est un répertoire ; seuls les fichiers *.json situés directement dans %2 sont lus (pas les sous-répertoires)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 contient %Ln fichier *.json, plus de %L2 ; chacun est lu séparément, ce qui prend du temps. Est-ce le bon dossier ?</numerusform>
            <numerusform>%1 contient %Ln fichiers *.json, plus de %L2 ; chacun est lu séparément, ce qui prend du temps. Est-ce le bon dossier ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1 : pas un fichier ordinaire.</translation>
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
        <translation>Tous les résultats trouvés ; en sélectionner un pour voir le JSON qui sera envoyé</translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation>Sélectionner un résultat pour voir le JSON qui sera envoyé.</translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation>Le déroulement s'affiche ici.</translation>
    </message>
    <message>
        <source>&amp;JSON to send</source>
        <translation>JSON à envo&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Results read: %L1.</source>
        <translation>Résultats lus : %L1.</translation>
    </message>
    <message>
        <source>Results found: %L1.</source>
        <translation>Résultats trouvés : %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Results found: %L1. %Ln warnings: something the files held could not be read and was left out; see the Log.</source>
        <translation>
            <numerusform>Résultats trouvés : %L1. %Ln avertissement : une partie du contenu des fichiers n'a pas pu être lue et a été laissée de côté ; voir le journal.</numerusform>
            <numerusform>Résultats trouvés : %L1. %Ln avertissements : une partie du contenu des fichiers n'a pas pu être lue et a été laissée de côté ; voir le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation>Composer l'exécution, déposer les dossiers de résultats, puis soumettre.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Retirer tous les résultats de la liste</translation>
    </message>
    <message>
        <source>&amp;Submit run</source>
        <translation>&amp;Soumettre l'exécution</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Copy as co&amp;mmand line</source>
        <translation>Copier en li&amp;gne de commande</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>Boîte d'&amp;envoi…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not added again.</source>
        <translation>%1 est déjà dans la liste ; il n'est pas ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not read again with the folder %2.</source>
        <translation>%1 est déjà dans la liste ; il n'est pas relu avec le dossier %2.</translation>
    </message>
    <message>
        <source>Unknown option "%1". benchconnect-gui takes files and folders of results to add to the window ("--" before a path that begins with "-"), or a subcommand; see "benchconnect-gui --help".</source>
        <translation>Option inconnue « %1 ». benchconnect-gui prend des fichiers et dossiers de résultats à ajouter à la fenêtre (« -- » avant un chemin qui commence par « - »), ou une sous-commande ; voir « benchconnect-gui --help ».</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start benchconnect-gui in a desktop session, or give it a subcommand to run without a window ("benchconnect-gui --help" lists them).</source>
        <translation>Aucun affichage sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n'est défini). Lancez benchconnect-gui dans une session de bureau, ou donnez-lui une sous-commande pour travailler sans fenêtre (« benchconnect-gui --help » les énumère).</translation>
    </message>
    <message>
        <source>An empty path was given on the command line; nothing was added for it.</source>
        <translation>Un chemin vide a été donné sur la ligne de commande ; rien n'a été ajouté pour lui.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1 : aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>%1 (given on the command line); nothing was added for it.</source>
        <translation>%1 (donné sur la ligne de commande) ; rien n'a été ajouté pour lui.</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Lecture des résultats…</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>Ajouter des résultats</translation>
    </message>
    <message>
        <source>Benchmark results (*.json);;All files (*)</source>
        <translation>Résultats de benchmark (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1

This file cannot be read: %2</source>
        <translation>%1

Impossible de lire ce fichier : %2</translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation>Ce résultat ne peut pas être envoyé avec l'exécution telle que composée : %1

Tel que lu depuis %2 :
%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>The run cannot be sent: %1</source>
        <translation>L'exécution ne peut pas être envoyée : %1</translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation>Aucun résultat valide à envoyer.</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>Création de l'exécution…</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>Envoyés : %v sur %m</translation>
    </message>
    <message>
        <source>%L1 of %L2 done, %L3 failed</source>
        <translation>Traités : %L1 sur %L2, en échec : %L3</translation>
    </message>
    <message>
        <source>%L1 of %L2 sent</source>
        <translation>Envoyés : %L1 sur %L2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>&lt;a href="%1"&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;Ouvrir l'exécution %2 sur %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Submitting results: %L1…</source>
        <translation>Soumission des résultats : %L1…</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>Copié dans le presse-papiers :
%1</translation>
    </message>
    <message>
        <source>The benchconnect commands are on the clipboard.</source>
        <translation>Les commandes benchconnect sont dans le presse-papiers.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files from %1…</source>
        <translation>
            <numerusform>Lecture de %Ln fichier depuis %1…</numerusform>
            <numerusform>Lecture de %Ln fichiers depuis %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</source>
        <translation>
            <numerusform>%Ln résultat d'une session précédente attend dans la boîte d'envoi ; le bouton de droite l'envoie.</numerusform>
            <numerusform>%Ln résultats d'une session précédente attendent dans la boîte d'envoi ; le bouton de droite les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add result files (*.json, NDJSON)</source>
        <translation>Ajouter des fichiers de résultats (*.json, NDJSON)</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add a folder of result files (its *.json files)</source>
        <translation>Ajouter un dossier de fichiers de résultats (ses fichiers *.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Create the run, send its valid results, and finish it</source>
        <translation>Créer l'exécution, envoyer ses résultats valides et la terminer</translation>
    </message>
    <message>
        <source>Submit is not possible: %1</source>
        <translation>Impossible de soumettre : %1</translation>
    </message>
    <message>
        <source>Stop loading, sending or testing; again to abandon the requests on the wire. What was not confirmed stays in the outbox</source>
        <translation>Arrêter le chargement, l'envoi ou le test ; une seconde fois pour abandonner les requêtes en cours. Ce qui n'a pas été confirmé reste dans la boîte d'envoi</translation>
    </message>
    <message>
        <source>Copy the benchconnect commands that do the same from a shell</source>
        <translation>Copier les commandes benchconnect qui font de même dans un shell</translation>
    </message>
    <message>
        <source>C&amp;lear results</source>
        <translation>&amp;Vider les résultats</translation>
    </message>
    <message>
        <source>Show the results waiting in the outbox, send them again or drop them</source>
        <translation>Afficher les résultats en attente dans la boîte d'envoi, les renvoyer ou les retirer</translation>
    </message>
    <message>
        <source>&amp;Send waiting results</source>
        <translation>Envoyer les résultats en &amp;attente</translation>
    </message>
    <message>
        <source>Send what waits in the outbox to the server set in the window</source>
        <translation>Envoyer ce qui attend dans la boîte d'envoi au serveur défini dans la fenêtre</translation>
    </message>
    <message>
        <source>benchconnect &amp;help</source>
        <translation>&amp;Aide de benchconnect</translation>
    </message>
    <message>
        <source>Open the README (the user guide) in the web browser</source>
        <translation>Ouvrir le README (le guide de l'utilisateur) dans le navigateur web</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts of the window</source>
        <translation>Lister les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <source>&amp;About benchconnect</source>
        <translation>À &amp;propos de benchconnect</translation>
    </message>
    <message>
        <source>The version of benchconnect and of Qt</source>
        <translation>La version de benchconnect et de Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécution</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>Boîte d'en&amp;voi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opened the user guide: %1</source>
        <translation>Guide de l'utilisateur ouvert : %1</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed; "benchconnect --help" describes the commands.</source>
        <translation>Le guide de l'utilisateur (README.md) n'est pas installé ; "benchconnect --help" décrit les commandes.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt and the underlined letter reaches each field; Tab goes from field to field.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt et la lettre soulignée mènent à chaque champ ; Tab passe d'un champ à l'autre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About benchconnect</source>
        <translation>À propos de benchconnect</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sends benchmark results to a Conbench server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Envoie des résultats de benchmark à un serveur Conbench.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, fonctionne avec Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Outbox (%Ln)…</source>
        <translation>
            <numerusform>Boîte d'&amp;envoi (%Ln)…</numerusform>
            <numerusform>Boîte d'&amp;envoi (%Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln waiting…</source>
        <translation>
            <numerusform>Envoyer %Ln résultat en attente…</numerusform>
            <numerusform>Envoyer %Ln résultats en attente…</numerusform>
        </translation>
    </message>
    <message>
        <source>Results from earlier submissions wait in the outbox; click to send them to the server set in the window</source>
        <translation>Des résultats de soumissions précédentes attendent dans la boîte d'envoi ; cliquer pour les envoyer au serveur défini dans la fenêtre</translation>
    </message>
    <message>
        <source>sent from the outbox</source>
        <translation>envoyé depuis la boîte d'envoi</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Quitter pendant l'envoi ?</translation>
    </message>
    <message>
        <source>refused by the server (kept apart in the outbox): %1</source>
        <translation>refusé par le serveur (mis à part dans la boîte d'envoi) : %1</translation>
    </message>
    <message>
        <source>The outbox is being sent; what was not confirmed stays in the outbox if you quit, and Outbox… sends it later.</source>
        <translation>La boîte d'envoi est en cours d'envoi ; ce qui n'est pas confirmé y reste si vous quittez, et Boîte d'envoi… l'envoie plus tard.</translation>
    </message>
    <message>
        <source>The run is still being sent, and none of its results is in the outbox: if you quit, nothing of it is kept.</source>
        <translation>L'exécution est encore en cours d'envoi, et aucun de ses résultats n'est dans la boîte d'envoi : en cas de fermeture, rien n'en est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln résultat est encore en cours d'envoi ; en cas de fermeture, il reste dans la boîte d'envoi et Boîte d'envoi… l'enverra plus tard.</numerusform>
            <numerusform>%Ln résultats sont encore en cours d'envoi ; en cas de fermeture, ils restent dans la boîte d'envoi et Boîte d'envoi… les enverra plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is still being sent; what was not confirmed stays in the outbox if you quit.</source>
        <translation>L'exécution est encore en cours d'envoi ; en cas de fermeture, ce qui n'a pas été confirmé reste dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Continuer l'envoi</translation>
    </message>
    <message>
        <source>Add a folder of results</source>
        <translation>Ajouter un dossier de résultats</translation>
    </message>
    <message>
        <source>Results: %L1</source>
        <translation>Résultats : %L1</translation>
    </message>
    <message>
        <source>%L1 valid</source>
        <translation>valides : %L1</translation>
    </message>
    <message>
        <source>%L1 invalid</source>
        <translation>non valides : %L1</translation>
    </message>
    <message>
        <source>%L1 sending</source>
        <translation>en cours d'envoi : %L1</translation>
    </message>
    <message>
        <source>%L1 sent</source>
        <translation>envoyés : %L1</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>en échec : %L1</translation>
    </message>
    <message>
        <source>%L1 in the outbox</source>
        <translation>dans la boîte d'envoi : %L1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>Annulé : %Ln envoyé</numerusform>
            <numerusform>Annulé : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>Terminé : %Ln envoyé</numerusform>
            <numerusform>Terminé : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>Envoi incomplet : %Ln envoyé</numerusform>
            <numerusform>Envoi incomplet : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>, %Ln dans la boîte d'envoi</numerusform>
            <numerusform>, %Ln dans la boîte d'envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; details in the Log.</source>
        <translation> ; détails dans le Journal.</translation>
    </message>
    <message>
        <source>Sending to the server profile "%1".</source>
        <translation>Envoi au profil de serveur "%1".</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Server profiles and the language</source>
        <translation>Profils de serveur et langue</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>Preferences saved; server profiles: %1.</source>
        <translation>Préférences enregistrées ; profils de serveur : %1.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Surveiller un dossier…</translation>
    </message>
    <message>
        <source>Send each finished subfolder of a results folder as one run, unattended</source>
        <translation>Envoyer chaque sous-dossier terminé d'un dossier de résultats comme une exécution, sans intervention</translation>
    </message>
    <message>
        <source>Filter the results: benchmark, unit, format, file or status</source>
        <translation>Filtrer les résultats : benchmark, unité, format, fichier ou état</translation>
    </message>
    <message>
        <source>Shows only the results whose benchmark, unit, format, file or status contains this text. Submitting sends every result, shown or not.</source>
        <translation>N'affiche que les résultats dont le benchmark, l'unité, le format, le fichier ou l'état contient ce texte. La soumission envoie tous les résultats, affichés ou non.</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>&amp;Filtrer les résultats</translation>
    </message>
    <message>
        <source>Type a part of a benchmark, unit, format, file or status to show only those results</source>
        <translation>Saisissez une partie d'un benchmark, d'une unité, d'un format, d'un fichier ou d'un état pour n'afficher que ces résultats</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 affichés</translation>
    </message>
    <message>
        <source>Submission cancelled before it started; nothing was sent.</source>
        <translation>Envoi annulé avant qu'il ne commence ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Checking the results against the run before sending them…</source>
        <translation>Vérification des résultats par rapport à l'exécution avant de les envoyer…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation>boîte d'envoi %1 #%2</translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory: %2</source>
        <translation>%1 : impossible de créer le répertoire de la boîte d'envoi : %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation>%1 : impossible d'écrire dans la boîte d'envoi : %2</translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation>%1 : impossible de déplacer le lot dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>Interrupted: nothing more is written to the outbox.</source>
        <translation>Interrompu : plus rien n'est écrit dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation>%1 : impossible de lire le répertoire de la boîte d'envoi.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La boîte d'envoi ne contient aucun lot "%1" (voir benchconnect outbox list).</translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation>%1 : impossible de lire le lot : %2</translation>
    </message>
    <message>
        <source>%1: cannot record what the server did with a result: %2</source>
        <translation>%1 : impossible de consigner ce que le serveur a fait d'un résultat : %2</translation>
    </message>
    <message>
        <source>%1: not a directory; cannot keep the outbox there.</source>
        <translation>%1 : pas un répertoire ; impossible d'y placer la boîte d'envoi.</translation>
    </message>
    <message>
        <source>%1: the outbox directory is readable by others than its owner; the results in it are too (chmod 700 makes it private).</source>
        <translation>%1 : le répertoire de la boîte d'envoi est lisible par d'autres que son propriétaire ; les résultats qu'il contient le sont aussi (chmod 700 le rend privé).</translation>
    </message>
    <message>
        <source>%1: the outbox directory is not writable by its owner; no results can be kept in it.</source>
        <translation>%1 : le répertoire de la boîte d'envoi n'est pas accessible en écriture à son propriétaire ; aucun résultat ne peut y être conservé.</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>verrouillage impossible</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>an empty file: it holds no results</source>
        <translation>fichier vide : il ne contient aucun résultat</translation>
    </message>
    <message>
        <source>its header (first line) cannot be read, so the server its results were for is unknown</source>
        <translation>son en-tête (première ligne) est illisible, donc le serveur auquel ses résultats étaient destinés est inconnu</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines cannot be read and are not sent</source>
        <translation>
            <numerusform>%Ln ligne est illisible et n'est pas envoyée</numerusform>
            <numerusform>%Ln lignes sont illisibles et ne sont pas envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>tronqué : il manque %Ln résultat sur les %1 écrits à l'origine</numerusform>
            <numerusform>tronqué : il manque %Ln résultats sur les %1 écrits à l'origine</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished: the submission that wrote it stopped before it began sending; none of it was sent</source>
        <translation>inachevé : la soumission qui l'a écrit s'est arrêtée avant de commencer l'envoi ; rien n'en a été envoyé</translation>
    </message>
    <message>
        <source>the journal of a batch that is gone; it holds no results</source>
        <translation>journal d'un lot disparu ; il ne contient aucun résultat</translation>
    </message>
    <message>
        <source>not a file of the outbox; left alone</source>
        <translation>pas un fichier de la boîte d'envoi ; laissé tel quel</translation>
    </message>
    <message>
        <source>Batch %1 is being sent or written by another process; not dropped.</source>
        <translation>Le lot %1 est en cours d'envoi ou d'écriture par un autre processus ; il n'est pas retiré.</translation>
    </message>
    <message>
        <source>%1: cannot remove the batch.</source>
        <translation>%1 : impossible de retirer le lot.</translation>
    </message>
    <message>
        <source>%1: cannot remove the file.</source>
        <translation>%1 : impossible de supprimer le fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).</source>
        <translation>%1 n'est pas un fichier de la boîte d'envoi ; laissé tel quel (le supprimer soi-même s'il n'est pas utile).</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not changed.</source>
        <translation>Le lot %1 est en cours d'envoi par un autre processus ; il n'est pas modifié.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 removes it).</source>
        <translation>Le lot %1 ne contient aucun résultat ; il n'y a rien à envoyer (benchconnect outbox drop %1 le retire).</translation>
    </message>
    <message>
        <source>"%1" is not a run id.</source>
        <translation>"%1" n'est pas un identifiant d'exécution.</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not dropped.</source>
        <translation>Le lot %1 est en cours d'envoi par un autre processus ; il n'est pas retiré.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that "submit result" or "post result" accepts is written to the outbox before it is sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there. A result the server refused as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: "outbox retry" does not send it again, "outbox list" shows the server's reason, "outbox drop" removes it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can still be read from it, and "outbox drop" removes it.</source>
        <translation>Chaque résultat accepté par "submit result" ou "post result" est écrit dans la boîte d'envoi avant d'être envoyé, avec le fichier ou la ligne NDJSON d'où il provient, et n'en sort que lorsque le serveur l'a confirmé. Ce qu'une soumission échouée, interrompue ou tuée n'a pas livré y reste. Un résultat que le serveur a refusé tel quel (400 Bad Request : unité inconnue, champ manquant) est mis à part comme refusé : "outbox retry" ne le renvoie pas, "outbox list" affiche la raison donnée par le serveur, "outbox drop" le retire. Chaque fichier du répertoire de la boîte d'envoi est pris en compte : un lot endommagé est listé avec ce qui peut encore en être lu, et "outbox drop" le retire.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d'envoi</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <source>Remove the selected batches without sending them</source>
        <translation>Retirer les lots sélectionnés sans les envoyer</translation>
    </message>
    <message>
        <source>Results wait here until the server confirmed them: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Les résultats attendent ici que le serveur les confirme : &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d'envoi est vide.</translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation>Définir d'abord le serveur dans la fenêtre : %1</translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation>Rien n'attend pour %1.</translation>
    </message>
    <message>
        <source>Another process is sending the results that wait for %1 now; they stay in the outbox until the server has confirmed them.</source>
        <translation>Un autre processus envoie en ce moment les résultats qui attendent pour %1 ; ils restent dans la boîte d'envoi jusqu'à ce que le serveur les ait confirmés.</translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation>Lecture de ce que %1 contient déjà…</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Rien n'a été envoyé, car envoyer sans savoir ce que contient le serveur pourrait enregistrer des résultats en double : %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation>Retirer de la boîte d'envoi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Send the waiting results of the selected batches (all of them when none is selected) to the server set in the window; results the server holds already are not sent again</source>
        <translation>Envoyer au serveur indiqué dans la fenêtre les résultats en attente des lots sélectionnés (tous si aucun n'est sélectionné) ; les résultats que le serveur détient déjà ne sont pas renvoyés</translation>
    </message>
    <message>
        <source>unknown (damaged header)</source>
        <translation>inconnu (en-tête endommagé)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <source>unfinished: written by a submission that stopped before sending; Drop removes it</source>
        <translation>inachevé : écrit par une soumission arrêtée avant l'envoi ; Retirer le supprime</translation>
    </message>
    <message>
        <source>leftover file: %1</source>
        <translation>fichier résiduel : %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé : %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>Results waiting: %L1, in batches: %L2.</source>
        <translation>Résultats en attente : %L1, en lots : %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur est mis à part et n'est pas renvoyé ; le corriger et le soumettre à nouveau, puis retirer son lot.</numerusform>
            <numerusform>%Ln résultats refusés par le serveur sont mis à part et ne sont pas renvoyés ; les corriger et les soumettre à nouveau, puis retirer leurs lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown server (damaged header)</source>
        <translation>un serveur inconnu (en-tête endommagé)</translation>
    </message>
    <message>
        <source>Nothing waits for %1. Results wait for %2: select their batches and press Retry to send them to %1.</source>
        <translation>Rien n'attend pour %1. Des résultats attendent pour %2 : sélectionner leurs lots et cliquer sur Réessayer pour les envoyer à %1.</translation>
    </message>
    <message>
        <source>Send to another server</source>
        <translation>Envoyer à un autre serveur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>%Ln des lots sélectionnés a été créé pour %1. L'envoyer plutôt à %2 ? Il sera alors marqué comme destiné à %2 ; ce que %2 détient déjà est d'abord recherché et n'est pas renvoyé.</numerusform>
            <numerusform>%Ln des lots sélectionnés ont été créés pour %1. Les envoyer plutôt à %2 ? Ils seront alors marqués comme destinés à %2 ; ce que %2 détient déjà est d'abord recherché et n'est pas renvoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n'a été envoyé)</translation>
    </message>
    <message>
        <source>Sent: %L1, failed: %L2.</source>
        <translation>Envoyés : %L1, en échec : %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln d'entre eux était déjà enregistré et n'a pas été renvoyé.</numerusform>
            <numerusform>%Ln d'entre eux étaient déjà enregistrés et n'ont pas été renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>Supprimer %Ln lot sans l'envoyer ? Ses résultats seront définitivement perdus.</numerusform>
            <numerusform>Supprimer %Ln lots sans les envoyer ? Leurs résultats seront définitivement perdus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Exécution %1 terminée : tous ses résultats ont été livrés.</translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation>Retirer des lots de la boîte d'envoi sans les envoyer.</translation>
    </message>
    <message>
        <source>The batches to remove, as "outbox list" names them.</source>
        <translation>Les lots à retirer, tels que "outbox list" les nomme.</translation>
    </message>
    <message>
        <source>Remove every batch.</source>
        <translation>Retirer tous les lots.</translation>
    </message>
    <message>
        <source>Name the batches to drop (see benchconnect outbox list), or give --all.</source>
        <translation>Nommer les lots à retirer (voir benchconnect outbox list), ou fournir --all.</translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>Rien n'a été supprimé.</translation>
    </message>
    <message>
        <source>--all drops every batch: name no batches with it.</source>
        <translation>--all supprime tous les lots : n'en nommer aucun avec.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La boîte d'envoi ne contient aucun lot "%1" (voir benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Removes the named batches (see "outbox list"), or with --all every batch, from the outbox without sending them: waiting, refused and damaged ones alike, batches a killed submission left unfinished, and journals left without their batch. Their results are lost for good. Files that are not the outbox's are left alone.

</source>
        <translation>Retire de la boîte d'envoi les lots nommés (voir "outbox list"), ou avec --all tous les lots, sans les envoyer : lots en attente, refusés ou endommagés, lots laissés inachevés par une soumission tuée, et journaux restés sans leur lot. Leurs résultats sont définitivement perdus. Les fichiers qui n'appartiennent pas à la boîte d'envoi sont laissés tels quels.

</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>%Ln lot retiré de la boîte d'envoi.</numerusform>
            <numerusform>%Ln lots retirés de la boîte d'envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox holds no pending finish "%1" (see benchconnect outbox list).</source>
        <translation>La boîte d'envoi ne contient pas de clôture en attente "%1" (voir benchconnect outbox list).</translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation>Lister les résultats en attente dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>%1  %2  %L3 of %L4 waiting  %5%6</source>
        <translation>%1  %2  %L3 sur %L4 en attente  %5%6</translation>
    </message>
    <message>
        <source>  (being sent now)</source>
        <translation>  (envoi en cours)</translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>dernier problème : %1</translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation>La boîte d'envoi est vide (%1).</translation>
    </message>
    <message>
        <source>Lists the outbox's batches: their id, the server they are for, how many of their results are still waiting, when they were made, the results the server refused (with where they came from and the server's reason) and the last problems. Damaged batches are listed with what is wrong and what can be recovered (their readable lines); batches a killed submission left unfinished and other leftover files are listed too.

</source>
        <translation>Liste les lots de la boîte d'envoi : leur identifiant, le serveur auquel ils sont destinés, combien de leurs résultats attendent encore, leur date de création, les résultats refusés par le serveur (avec leur provenance et la raison donnée par le serveur) et les derniers problèmes. Les lots endommagés sont listés avec ce qui ne va pas et ce qui peut être récupéré (leurs lignes lisibles) ; les lots laissés inachevés par une soumission tuée et les autres fichiers résiduels sont aussi listés.

</translation>
    </message>
    <message>
        <source>(server unknown)</source>
        <translation>(serveur inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>%1  (unfinished)  %Ln results  %2</source>
        <translation>
            <numerusform>%1  (inachevé)  %Ln résultat  %2</numerusform>
            <numerusform>%1  (inachevé)  %Ln résultats  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (leftover)  %2</source>
        <translation>%1  (résiduel)  %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé : %1</translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; "benchconnect outbox retry" sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>récupérable : %Ln résultat lisible ; "benchconnect outbox retry" envoie ceux en attente, les lignes endommagées restent dans le fichier</numerusform>
            <numerusform>récupérable : %Ln résultats lisibles ; "benchconnect outbox retry" envoie ceux en attente, les lignes endommagées restent dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with "benchconnect outbox retry --to-server URL %1"</source>
        <translation>
            <numerusform>récupérable : %Ln résultat lisible ; l'envoyer avec "benchconnect outbox retry --to-server URL %1"</numerusform>
            <numerusform>récupérable : %Ln résultats lisibles ; les envoyer avec "benchconnect outbox retry --to-server URL %1"</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>refusé : encore %Ln résultat</numerusform>
            <numerusform>refusés : encore %Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results waiting</source>
        <translation>
            <numerusform>%Ln résultat en attente</numerusform>
            <numerusform>%Ln résultats en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln batches</source>
        <translation>
            <numerusform>dans %Ln lot</numerusform>
            <numerusform>dans %Ln lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (not sent again)</source>
        <translation>
            <numerusform>%Ln refusé (non renvoyé)</numerusform>
            <numerusform>%Ln refusés (non renvoyés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged or leftover files</source>
        <translation>
            <numerusform>%Ln fichier endommagé ou résiduel</numerusform>
            <numerusform>%Ln fichiers endommagés ou résiduels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1.finish  %2  the finish of run %1 waits: %3</source>
        <translation>%1.finish  %2  la clôture de l'exécution %1 attend : %3</translation>
    </message>
    <message>
        <source>its results are still in the outbox</source>
        <translation>ses résultats sont encore dans la boîte d'envoi</translation>
    </message>
    <message>
        <source>its results were delivered; "benchconnect outbox retry" sends it</source>
        <translation>ses résultats ont été livrés ; "benchconnect outbox retry" l'envoie</translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation>Envoyer les résultats en attente dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation>N'envoyer que ces lots (par défaut : tous ceux de CONBENCH_URL).</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La boîte d'envoi ne contient aucun lot "%1" (voir benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Rien n'a été envoyé, car envoyer sans savoir ce que contient le serveur pourrait enregistrer des résultats en double : %1</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation>Le lot %1 est en cours d'envoi par un autre processus ; il est ignoré.</translation>
    </message>
    <message>
        <source>Nothing was sent from here: the other process is sending those results, and they stay in the outbox until the server has confirmed them.</source>
        <translation>Rien n'a été envoyé d'ici : l'autre processus envoie ces résultats, et ils restent dans la boîte d'envoi jusqu'à ce que le serveur les ait confirmés.</translation>
    </message>
    <message>
        <source>Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Server URLs match when they differ only in the case of the scheme or host, a default port or a trailing slash (localhost and 127.0.0.1 are different hosts). With --to-server URL the named batches (all waiting batches when none is named) are sent to that server instead and recorded as being for it from then on; the credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up there and not sent again, so each result is stored exactly once.

Not sent: results the server refused as they are (see "outbox list"), and damaged lines of a batch (its readable lines are sent). A batch whose header is damaged does not say which server it was for: it is sent only when named with --to-server URL.

</source>
        <translation>Envoie les résultats en attente dans la boîte d'envoi pour le serveur de CONBENCH_URL (ou seulement les lots nommés en arguments). Les URL de serveur correspondent quand elles ne diffèrent que par la casse du schéma ou de l'hôte, un port par défaut ou une barre oblique finale (localhost et 127.0.0.1 sont des hôtes différents). Avec --to-server URL, les lots nommés (tous les lots en attente si aucun n'est nommé) sont envoyés à ce serveur à la place, et désormais marqués comme lui étant destinés ; les identifiants sont CONBENCH_EMAIL et CONBENCH_PASSWORD. Avant l'envoi, les résultats déjà enregistrés sur le serveur (dont la réponse a été perdue, par exemple quand le processus a été tué) y sont recherchés et ne sont pas renvoyés : chaque résultat est ainsi enregistré exactement une fois.

Non envoyés : les résultats que le serveur a refusés tels quels (voir "outbox list"), et les lignes endommagées d'un lot (ses lignes lisibles sont envoyées). Un lot dont l'en-tête est endommagé n'indique pas à quel serveur il était destiné : il n'est envoyé que s'il est nommé avec --to-server URL.

</translation>
    </message>
    <message>
        <source>Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after the server moved; the batches are recorded as being for URL.</source>
        <translation>Envoyer les lots au serveur Conbench à l'adresse URL (au lieu de CONBENCH_URL), par exemple après un déménagement du serveur ; les lots sont alors marqués comme destinés à URL.</translation>
    </message>
    <message>
        <source>%1 is not sent (%2); "benchconnect outbox drop %1" removes it.</source>
        <translation>%1 n'est pas envoyé (%2) ; "benchconnect outbox drop %1" le retire.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results waiting to be sent (see benchconnect outbox list).</source>
        <translation>Le lot %1 ne contient aucun résultat en attente d'envoi (voir benchconnect outbox list).</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1's header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>L'en-tête du lot %1 est endommagé, donc le serveur auquel son %Ln résultat était destiné est inconnu ; l'indiquer : benchconnect outbox retry --to-server URL %1</numerusform>
            <numerusform>L'en-tête du lot %1 est endommagé, donc le serveur auquel ses %Ln résultats étaient destinés est inconnu ; l'indiquer : benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give --to-server %3.</source>
        <translation>Le lot %1 est destiné à %2, pas à CONBENCH_URL=%3 ; pour l'y envoyer, fournir --to-server %3.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>Lot %1 : %Ln ligne endommagée est illisible et n'est pas envoyée ; elle reste dans le fichier du lot.</numerusform>
            <numerusform>Lot %1 : %Ln lignes endommagées sont illisibles et ne sont pas envoyées ; elles restent dans le fichier du lot.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n'a été envoyé)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches are now for %1.</source>
        <translation>
            <numerusform>%Ln lot est désormais destiné à %1.</numerusform>
            <numerusform>%Ln lots sont désormais destinés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the outbox waits for %1.</source>
        <translation>Rien n'attend dans la boîte d'envoi pour %1.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent, and the outbox is as it was.</source>
        <translation>Interrompu de nouveau : arrêt immédiat. Rien n'a été envoyé, et la boîte d'envoi est comme avant.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted while looking up what the server holds already: nothing was sent, and the %Ln results wait in the outbox (%1) as before.</source>
        <translation>
            <numerusform>Interrompu pendant la recherche de ce que le serveur a déjà : rien n'a été envoyé, et le %Ln résultat attend dans la boîte d'envoi (%1) comme avant.</numerusform>
            <numerusform>Interrompu pendant la recherche de ce que le serveur a déjà : rien n'a été envoyé, et les %Ln résultats attendent dans la boîte d'envoi (%1) comme avant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait for %1: send them there with CONBENCH_URL=%1 benchconnect outbox retry, or to %2 instead with benchconnect outbox retry --to-server %2.</source>
        <translation>
            <numerusform>%Ln résultat attend %1 : envoyez-le là avec CONBENCH_URL=%1 benchconnect outbox retry, ou plutôt à %2 avec benchconnect outbox retry --to-server %2.</numerusform>
            <numerusform>%Ln résultats attendent %1 : envoyez-les là avec CONBENCH_URL=%1 benchconnect outbox retry, ou plutôt à %2 avec benchconnect outbox retry --to-server %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln résultat attend dans des lots endommagés dont le serveur est inconnu (voir benchconnect outbox list).</numerusform>
            <numerusform>%Ln résultats attendent dans des lots endommagés dont le serveur est inconnu (voir benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server are not sent again (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur n'est pas renvoyé (voir benchconnect outbox list).</numerusform>
            <numerusform>%Ln résultats refusés par le serveur ne sont pas renvoyés (voir benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Exécution %1 terminée : tous ses résultats ont été livrés.</translation>
    </message>
</context>
<context>
    <name>PendingFinishes</name>
    <message>
        <source>Run %1 was not finished: %2</source>
        <translation>L'exécution %1 n'a pas été terminée : %2</translation>
    </message>
</context>
<context>
    <name>PostResultCommand</name>
    <message>
        <source>Post results to the server as they are.</source>
        <translation>Envoyer des résultats au serveur tels quels.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Sends each result to the server's results endpoint exactly as given, without filling in defaults (use "submit result" for that, or "augment result" first).

All of the input is checked before anything is sent, as "check result" checks it: when any result is one the server would refuse (a field its schema does not take, no stats and no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does not know), each such result is named with the field and the reason, and nothing is written to the outbox or sent. Without --generation only what servers of both generations refuse counts. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Envoie chaque résultat au point d'accès des résultats du serveur exactement tel qu'il est fourni, sans compléter les valeurs par défaut (utiliser "submit result" pour cela, ou d'abord "augment result").

Toute l'entrée est vérifiée avant le moindre envoi, comme la vérifie "check result" : si un résultat est de ceux que le serveur refuserait (un champ que son schéma n'accepte pas, ni stats ni error, pas exactement un seul de machine_info et cluster_info, pas de tags.name, une unité qu'il ne connaît pas), chacun de ces résultats est signalé avec le champ et la raison, et rien n'est écrit dans la boîte d'envoi ni envoyé. Sans --generation, seul compte ce que refusent les serveurs des deux générations. Un résultat dont la réponse se perd en route est recherché sur le serveur avant d'être renvoyé, si bien qu'aucun n'est enregistré deux fois.

--path peut aussi désigner la sortie d'un outil de benchmark, ou un dossier mêlant des fichiers d'outils et du JSON Conbench : avec --format auto (par défaut), chaque fichier est lu dans le format que montre son contenu (--verbose indique lequel), comme le lit "adapt" ; un fichier dans aucun format connu est une erreur qui le nomme.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %L1/%L2</source>
        <translation>Envoi des résultats : %L1/%L2</translation>
    </message>
    <message>
        <source>, %L1 failed</source>
        <translation>, %L1 en échec</translation>
    </message>
    <message>
        <source>, %L1/s</source>
        <translation>, %L1/s</translation>
    </message>
    <message>
        <source>, about %L1 s left</source>
        <translation>, encore environ %L1 s</translation>
    </message>
</context>
<context>
    <name>ProjectEnvironment</name>
    <message>
        <source>%1 is set but blank; ignoring it.</source>
        <translation>%1 est définie mais vide ; elle est ignorée.</translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation>Un numéro de pull request est défini, mais ni CONBENCH_PROJECT_REPOSITORY ni CONBENCH_PROJECT_COMMIT ; aucune information github n'est ajoutée.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY="%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>CONBENCH_PROJECT_REPOSITORY="%1" n'est pas un dépôt GitHub ; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT="%1" is not a 40-character hexadecimal commit SHA.</source>
        <translation>CONBENCH_PROJECT_COMMIT="%1" n'est pas un SHA de commit de 40 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>%1="%2" is not a pull request number (a positive integer).</source>
        <translation>%1="%2" n'est pas un numéro de pull request (un entier positif).</translation>
    </message>
    <message>
        <source>%1="%2" is not one of auto, ci, git or off; using auto.</source>
        <translation>%1="%2" n'est pas l'une des valeurs auto, ci, git ou off ; auto est utilisé.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and CONBENCH_PROJECT_COMMIT) to send it.</source>
        <translation>Le dépôt %1 (%2) n'est pas sur github.com ; Conbench n'accepte que des dépôts GitHub, donc aucune information github n'est ajoutée. Définir CONBENCH_PROJECT_REPOSITORY (et CONBENCH_PROJECT_COMMIT) pour l'envoyer.</translation>
    </message>
    <message>
        <source>%1 names the repository %2, not %3; its values are not used.</source>
        <translation>%1 désigne le dépôt %2, pas %3 ; ses valeurs ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a 40-character commit SHA; it is not used.</source>
        <translation>%1 donne "%2" (%3), qui n'est pas un SHA de commit de 40 caractères ; il n'est pas utilisé.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a pull request number; it is not used.</source>
        <translation>%1 donne "%2" (%3), qui n'est pas un numéro de pull request ; il n'est pas utilisé.</translation>
    </message>
    <message>
        <source>No CI system was recognised by its variables.</source>
        <translation>Aucun système de CI n'a été reconnu d'après ses variables.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no GitHub repository was found in the CI variables or the git checkout; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation>CONBENCH_PROJECT_COMMIT est défini mais pas CONBENCH_PROJECT_REPOSITORY, et aucun dépôt GitHub n'a été trouvé dans les variables de CI ni dans la copie de travail git ; définir les deux (p. ex. CONBENCH_PROJECT_REPOSITORY=org/repo).</translation>
    </message>
    <message>
        <source>Commit %1 (%2) was found, but no repository; no github information is added.</source>
        <translation>Le commit %1 (%2) a été trouvé, mais aucun dépôt ; aucune information github n'est ajoutée.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no commit was found in the CI variables or the git checkout; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation>CONBENCH_PROJECT_REPOSITORY est défini mais pas CONBENCH_PROJECT_COMMIT, et aucun commit n'a été trouvé dans les variables de CI ni dans la copie de travail git ; définir les deux (le commit est un SHA hexadécimal de 40 caractères).</translation>
    </message>
    <message>
        <source>The repository %1 (%2) was found, but no commit; no github information is added.</source>
        <translation>Le dépôt %1 (%2) a été trouvé, mais aucun commit ; aucune information github n'est ajoutée.</translation>
    </message>
    <message>
        <source>github.repository is %1, from %2.</source>
        <translation>github.repository vaut %1, d'après %2.</translation>
    </message>
    <message>
        <source>github.commit is %1, from %2.</source>
        <translation>github.commit vaut %1, d'après %2.</translation>
    </message>
    <message>
        <source>github.pr_number is %1, from %2.</source>
        <translation>github.pr_number vaut %1, d'après %2.</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is not sent: the repository's default branch is not known.</source>
        <translation>La branche %1 (%2) n'est pas envoyée : la branche par défaut du dépôt n'est pas connue.</translation>
    </message>
    <message>
        <source>github.branch is %1, from %2 (the default branch is %3).</source>
        <translation>github.branch vaut %1, d'après %2 (la branche par défaut est %3).</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is the default branch; no branch is sent.</source>
        <translation>La branche %1 (%2) est la branche par défaut ; aucune branche n'est envoyée.</translation>
    </message>
    <message>
        <source>HEAD of %1 is detached (no branch is checked out).</source>
        <translation>HEAD de %1 est détachée (aucune branche n'est extraite).</translation>
    </message>
    <message>
        <source>The results are not those of commit %1 alone: %2 has uncommitted changes to tracked files.</source>
        <translation>Les résultats ne sont pas ceux du seul commit %1 : %2 contient des modifications non commitées de fichiers suivis.</translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message>
        <source>not pytest-benchmark JSON: it has no "machine_info" object and "benchmarks" list</source>
        <translation>pas du JSON pytest-benchmark : il n'a pas d'objet "machine_info" ni de liste "benchmarks"</translation>
    </message>
    <message>
        <source>benchmark %1 (%2) has no "stats" with a "mean"</source>
        <translation>le benchmark %1 (%2) n'a pas de « stats » avec un « mean »</translation>
    </message>
    <message>
        <source>benchmark %1: %2</source>
        <translation>benchmark %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark ne contient aucun tour (enregistré sans --benchmark-save-data) ; sa moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
            <numerusform>%Ln benchmarks ne contiennent aucun tour (enregistrés sans --benchmark-save-data) ; leur moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest-benchmark JSON (--benchmark-json)</source>
        <translation>JSON pytest-benchmark (--benchmark-json)</translation>
    </message>
</context>
<context>
    <name>ReferenceWriter</name>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation>Une variable définie mais vide est ignorée avec un avertissement.</translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. "%2 outbox list" shows what waits, "%2 outbox retry" sends it, "%2 outbox drop" removes it.</source>
        <translation>La boîte d'envoi (ou --outbox DIR, ou BENCHCONNECT_OUTBOX). %1 Les résultats sont conservés par lots de 1000 au plus (ID.ndjson), avec à côté de chacun un journal des confirmations (ID.done) ; le répertoire et ses fichiers ne sont lisibles que par leur propriétaire et ne contiennent jamais d'identifiants. "%2 outbox list" montre ce qui attend, "%2 outbox retry" l'envoie, "%2 outbox drop" le retire.</translation>
    </message>
    <message>
        <source>The run's state file, in the current directory: written by "start run" once the server accepted the run, read by "submit result" and "finish run", removed by "finish run" once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation>Le fichier d'état de l'exécution, dans le répertoire courant : écrit par "start run" une fois que le serveur a accepté l'exécution, lu par "submit result" et "finish run", supprimé par "finish run" une fois que le serveur a accepté la fin de l'exécution. Il contient ce que partagent tous les résultats de l'exécution (run_id, run_name, run_reason, github, machine_info ou cluster_info), jamais un mot de passe, et n'est lisible que par son propriétaire.</translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation>Une exécution dans une tâche de CI :</translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation>Compléter les valeurs par défaut des résultats, puis les envoyer :</translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation>Envoyer ce qu'une soumission échouée a laissé dans la boîte d'envoi :</translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation>envoyer des résultats de benchmark à un serveur Conbench</translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; "benchconnect GROUP --help" (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation>Chaque sous-commande s'explique avec --help ; "benchconnect GROUPE --help" (augment, post, put, outbox) liste les sous-commandes d'un groupe.</translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation>la fenêtre de bureau pour envoyer des résultats de benchmark à un serveur Conbench</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop's keychain, never in a file.</source>
        <translation>Sans sous-commande, ouvre la fenêtre : le serveur, l'exécution (motif, nom, commit, branche, machine ou cluster) et les résultats, déposés sur la fenêtre sous forme de fichiers ou de dossiers. Soumettre l'exécution crée l'exécution, envoie les résultats via la boîte d'envoi et termine l'exécution, avec suivi de la progression et Annuler. Le mot de passe est conservé dans le trousseau du bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Each PATH, a file or a folder of results, is added to the window as if dropped on it ("benchconnect-gui results/ other.json"); a path that does not exist is said in the window's Log and on standard error. An argument that begins with "-" and is not a subcommand is refused with exit status 2; "--" before the paths lets one begin with "-".</source>
        <translation>Chaque PATH, un fichier ou un dossier de résultats, est ajouté à la fenêtre comme s'il y avait été déposé (« benchconnect-gui results/ other.json ») ; un chemin qui n'existe pas est signalé dans le journal de la fenêtre et sur la sortie d'erreur standard. Un argument qui commence par « - » et n'est pas une sous-commande est refusé avec le code de sortie 2 ; « -- » avant les chemins en permet un qui commence par « - ».</translation>
    </message>
    <message>
        <source>Where there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set), it says so and ends with exit status 1.</source>
        <translation>S'il n'y a aucun affichage sur lequel ouvrir la fenêtre (ni DISPLAY ni WAYLAND_DISPLAY n'est défini), il le dit et se termine avec le code de sortie 1.</translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation>Avec une sous-commande, se comporte exactement comme benchconnect(1), avec les mêmes sous-commandes, options, environnement et code de sortie, et n'ouvre aucune fenêtre.</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>Afficher l'aide</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>dans la boîte d'envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The unit of the samples (stats.unit)</source>
        <translation>L'unité des échantillons (stats.unit)</translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation>Le nombre d'échantillons du résultat (la longueur de stats.data)</translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation>Le fichier d'où le résultat a été lu</translation>
    </message>
    <message>
        <source>Whether the result can be sent, and how far it got</source>
        <translation>Si le résultat peut être envoyé, et où en est son envoi</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The benchmark's name (tags.name), then its other tags (its parameters)</source>
        <translation>Le nom du benchmark (tags.name), puis ses autres étiquettes (ses paramètres)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The benchmark tool whose output the result was read from</source>
        <translation>L’outil de benchmark dont la sortie a fourni ce résultat</translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>pas du JSON valide à la position %1 : %2</translation>
    </message>
    <message>
        <source>not a JSON object ({...})</source>
        <translation>pas un objet JSON ({...})</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Why the benchmarks ran (the run's reason; each result's run_reason)</source>
        <translation>Pourquoi les benchmarks ont été lancés (le motif de l'exécution ; le run_reason de chaque résultat)</translation>
    </message>
    <message>
        <source>The run's name. Empty: "REASON: COMMIT" when both are known.</source>
        <translation>Le nom de l'exécution. Vide : "MOTIF: COMMIT" si les deux sont connus.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Run tags, sent as each result's run_tags (servers since late 2023 store them)</source>
        <translation>Étiquettes d'exécution, envoyées comme run_tags de chaque résultat (les serveurs depuis fin 2023 les enregistrent)</translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation>Retirer l'étiquette sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
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
        <translation>Le dépôt évalué (CONBENCH_PROJECT_REPOSITORY)</translation>
    </message>
    <message>
        <source>40-character commit SHA</source>
        <translation>SHA du commit, 40 caractères</translation>
    </message>
    <message>
        <source>The benchmarked commit (CONBENCH_PROJECT_COMMIT)</source>
        <translation>Le commit évalué (CONBENCH_PROJECT_COMMIT)</translation>
    </message>
    <message>
        <source>The pull request's number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation>Le numéro de la pull request (CONBENCH_PROJECT_PR_NUMBER)</translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation>org:branche, rarement utile</translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation>Un commit qui n'est pas sur la branche par défaut et n'a pas de pull request (github.branch)</translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation>Remplir le dépôt et le commit depuis une copie de travail git locale</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit :</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branche :</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Send this machine's machine_info</source>
        <translation>Envoyer le machine_info de cette machine</translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation>Envoyer cluster_info au lieu de machine_info</translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation>Envoyer ce nom comme machine_info.name au lieu du nom d'hôte (CONBENCH_MACHINE_INFO_NAME)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>The machine_info that will be sent (read-only)</source>
        <translation>Le machine_info qui sera envoyé (lecture seule)</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Collecte…</translation>
    </message>
    <message>
        <source>The cluster's distinct name (cluster_info.name)</source>
        <translation>Le nom distinctif du cluster (cluster_info.name)</translation>
    </message>
    <message>
        <source>{"nodes": 4, "workers": 32}</source>
        <translation>{"nodes": 4, "workers": 32}</translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation>Ce qui distingue le cluster, sous forme d'objet JSON (cluster_info.info)</translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation>Si l'exécution a échoué</translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation>vide : l'exécution a réussi</translation>
    </message>
    <message>
        <source>Sent as the run's error_type when the run is finished</source>
        <translation>Envoyé comme error_type de l'exécution quand elle est terminée</translation>
    </message>
    <message>
        <source>{"step": "join"}</source>
        <translation>{"step": "join"}</translation>
    </message>
    <message>
        <source>Sent as the run's error_info (a JSON object) when the run is finished</source>
        <translation>Envoyé comme error_info de l'exécution (un objet JSON) quand elle est terminée</translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation>Commit lu depuis %1 ; son origine (%2) n'est pas sur GitHub : saisir le dépôt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Lu depuis %1.</translation>
    </message>
    <message>
        <source>Git checkout %1: commit %2, origin %3</source>
        <translation>Copie de travail git %1 : commit %2, origine %3</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>"%1: %2" when a reason and a commit are given</source>
        <translation>"%1: %2" quand un motif et un commit sont fournis</translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation>Un numéro de pull request ou une branche nécessite un dépôt et un commit.</translation>
    </message>
    <message>
        <source>The GitHub repository is missing: a run with a commit needs its repository (or no commit).</source>
        <translation>Le dépôt GitHub manque : une exécution avec un commit a besoin de son dépôt (ou d'aucun commit).</translation>
    </message>
    <message>
        <source>The commit is missing: a run with a GitHub repository needs the commit it benchmarked (or no repository).</source>
        <translation>Le commit manque : une exécution avec un dépôt GitHub a besoin du commit mesuré (ou d'aucun dépôt).</translation>
    </message>
    <message>
        <source>"%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"%1" n'est pas un dépôt GitHub ; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>The commit "%1" is not a 40-character hexadecimal SHA.</source>
        <translation>Le commit "%1" n'est pas un SHA de 40 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Le cluster doit avoir un nom.</translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation>L'info du cluster n'est %1.</translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation>L'info d'erreur n'est %1.</translation>
    </message>
    <message>
        <source>Choose a git checkout</source>
        <translation>Choisir une copie de travail git</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Th&amp;is machine</source>
        <translation>Cette mac&amp;hine</translation>
    </message>
    <message>
        <source>&amp;A cluster</source>
        <translation>&amp;Un cluster</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Run ta&amp;gs:</source>
        <translation>Étiquette&amp;s :</translation>
    </message>
    <message>
        <source>its number; none: a default-branch run</source>
        <translation>son numéro ; aucun : exécution sur la branche par défaut</translation>
    </message>
    <message>
        <source>From a git chec&amp;kout…</source>
        <translation>Depuis une copie de travail &amp;git…</translation>
    </message>
    <message>
        <source>Pull re&amp;quest:</source>
        <translation>&amp;Pull request :</translation>
    </message>
    <message>
        <source>Host name o&amp;verride:</source>
        <translation>Nom d'hôte fo&amp;rcé :</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Nom du cluste&amp;r :</translation>
    </message>
    <message>
        <source>Cluster inf&amp;o (JSON):</source>
        <translation>&amp;Info du cluster (JSON) :</translation>
    </message>
    <message>
        <source>Error t&amp;ype:</source>
        <translation>&amp;Type d'erreur :</translation>
    </message>
    <message>
        <source>Error &amp;details (JSON):</source>
        <translation>Déta&amp;ils de l'erreur (JSON) :</translation>
    </message>
    <message>
        <source>Not a GitHub repository: use org/repo or https://github.com/org/repo.</source>
        <translation>Pas un dépôt GitHub : utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).</source>
        <translation>Pas un SHA de commit complet : il compte 40 caractères hexadécimaux (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a repository, so it needs the commit (git rev-parse HEAD).</source>
        <translation>Requis : l'exécution a un dépôt, elle a donc besoin du commit (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a commit, so it needs its repository.</source>
        <translation>Requis : l'exécution a un commit, elle a donc besoin de son dépôt.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>Pas un objet JSON : %1.</translation>
    </message>
</context>
<context>
    <name>RunRequestCommand</name>
    <message>
        <source>Create runs on the server as they are.</source>
        <translation>Créer des exécutions sur le serveur telles quelles.</translation>
    </message>
    <message>
        <source>Update runs on the server (the id goes in the URL).</source>
        <translation>Mettre à jour des exécutions sur le serveur (l'id va dans l'URL).</translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use "start run" for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envoie chaque exécution à POST /api/runs/ exactement telle quelle, sans compléter les valeurs par défaut (utiliser pour cela "start run").

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, par leurs résultats : ils répondent 405 à cette requête, ce qui est signalé une fois et n'est pas une erreur.</translation>
    </message>
    <message>
        <source>Sends each run's fields to PUT /api/runs/ID/: the "id" of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envoie les champs de chaque exécution à PUT /api/runs/ID/ : le champ "id" du JSON va dans l'URL et est retiré du corps. Les champs sont en général finished_timestamp, error_type, error_info et info.

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, par leurs résultats : ils répondent 405 à cette requête, ce qui est signalé une fois et n'est pas une erreur.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>the run has no "id"; put run needs it for the URL</source>
        <translation>l'exécution n'a pas de champ "id" ; put run en a besoin pour l'URL</translation>
    </message>
    <message>
        <source>the run's "id" is not a string (Conbench's run ids are strings)</source>
        <translation>l'"id" de l'exécution n'est pas une chaîne (les id d'exécution de Conbench sont des chaînes)</translation>
    </message>
    <message>
        <source>the run has no "id" ("augment run" adds one)</source>
        <translation>l'exécution n'a pas de champ "id" ("augment run" en ajoute un)</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Rien à mettre à jour.</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>Rien à créer.</translation>
    </message>
    <message>
        <source>%1: run %2 not %3: %4</source>
        <translation>%1 : exécution %2 non %3 : %4</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créée</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>No run has been started here: %1 does not exist. Run "benchconnect start run" first (in this directory).</source>
        <translation>Aucune exécution n'a été démarrée ici : %1 n'existe pas. Lancer d'abord "benchconnect start run" (dans ce répertoire).</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be the run's state file: the state of a run started here is kept in a file of that name. Remove it, or work in another directory.</source>
        <translation>%1 n'est pas un fichier ordinaire, il ne peut donc pas être le fichier d'état de l'exécution : l'état d'une exécution démarrée ici est gardé dans un fichier de ce nom. Supprimez-le, ou travaillez dans un autre répertoire.</translation>
    </message>
    <message>
        <source>%1 is a directory, not the run's state file: the state of a run started here is kept in a file of that name. Remove or rename the directory, or work in another directory.</source>
        <translation>%1 est un répertoire, pas le fichier d'état de l'exécution : l'état d'une exécution démarrée ici est gardé dans un fichier de ce nom. Supprimez ou renommez le répertoire, ou travaillez dans un autre répertoire.</translation>
    </message>
    <message>
        <source>%1: cannot read the run's state file: %2</source>
        <translation>%1 : impossible de lire le fichier d'état de l'exécution : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the run's state file: %2</source>
        <translation>%1 : impossible d'écrire le fichier d'état de l'exécution : %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the run's state file: %2</source>
        <translation>%1 : impossible de supprimer le fichier d'état de l'exécution : %2</translation>
    </message>
    <message>
        <source>"%1" is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation>"%1" vaut %2 dans le résultat mais %3 dans l'exécution démarrée ; l'omettre du résultat ou démarrer une autre exécution.</translation>
    </message>
    <message>
        <source>The run's state file does not say which server run %1 was started on (it was written by an earlier benchconnect); using %2.</source>
        <translation>Le fichier d'état de l'exécution n'indique pas sur quel serveur l'exécution %1 a été démarrée (il a été écrit par une version antérieure de benchconnect) ; utilisation de %2.</translation>
    </message>
    <message>
        <source>Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run (nothing was sent).</source>
        <translation>L'exécution %1 a été démarrée sur %2, mais CONBENCH_URL vaut %3 ; définir CONBENCH_URL=%2 pour poursuivre l'exécution (rien n'a été envoyé).</translation>
    </message>
    <message>
        <source>%1: the run's state file is not valid JSON %2; repair it, or remove it and start the run again.</source>
        <translation>%1 : le fichier d'état de l'exécution n'est pas du JSON valide %2 ; le réparer, ou le supprimer et redémarrer l'exécution.</translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (it holds no run_id); remove it and start the run again.</source>
        <translation>%1 n'est pas un fichier d'état benchconnect (il ne contient pas de run_id) ; le supprimer et redémarrer l'exécution.</translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>Logged in as %1.</source>
        <translation>Identifié en tant que %1.</translation>
    </message>
    <message>
        <source>Refused by the server: %1: %2</source>
        <translation>Refusé par le serveur : %1 : %2</translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation>Création de l'exécution %1 sur %2…</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation>Ce serveur Conbench gère les exécutions implicitement : une exécution existe par ses résultats (le serveur a répondu 405 au point d'accès des exécutions). L'exécution apparaît avec son premier résultat.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation>Annulé avant la création de l'exécution ; rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>The run was not created: %1. Its results wait in the outbox with its finish: Outbox… sends them once the server answers.</source>
        <translation>L'exécution n'a pas été créée : %1. Ses résultats attendent dans la boîte d'envoi avec sa clôture : Boîte d'envoi… les envoie dès que le serveur répond.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; its results and its finish wait in the outbox.</source>
        <translation>Annulé avant la création de l'exécution ; ses résultats et sa clôture attendent dans la boîte d'envoi.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results written to the outbox (%1).</source>
        <translation>
            <numerusform>%Ln résultat écrit dans la boîte d'envoi (%1).</numerusform>
            <numerusform>%Ln résultats écrits dans la boîte d'envoi (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the results to the outbox…</source>
        <translation>Écriture des résultats dans la boîte d'envoi…</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>L'exécution n'a pas été créée : %1</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>Exécution %1 créée.</translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation>Ce serveur (antérieur à fin 2023) ne connaît pas les étiquettes d'exécution ; elles sont omises des résultats.</translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation>Rien n'a été envoyé : les résultats n'ont pas pu être écrits dans la boîte d'envoi (%1).</translation>
    </message>
    <message>
        <source>Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.</source>
        <translation>Résultats envoyés : %L1 sur %L2, en échec : %L3%4, en %L5 s.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (envoi annulé)</translation>
    </message>
    <message>
        <source>Sending results: %L1…</source>
        <translation>Envoi des résultats : %L1…</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed</source>
        <translation>envoyés : %L1, en échec : %L2</translation>
    </message>
    <message>
        <source>, %L1 found invalid when sending</source>
        <translation>, non valides à l'envoi : %L1</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation>Le serveur gère les exécutions implicitement (405) : error_type et error_info ne peuvent pas y être enregistrés.</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation>Le serveur gère les exécutions implicitement (405) : aucune exécution à marquer comme terminée.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation>L'exécution n'a pas été terminée : %1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 finished.</source>
        <translation>Exécution %1 terminée.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Annulé (%1).</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé (%1).</translation>
    </message>
    <message>
        <source>Finished with failures: %1.</source>
        <translation>Terminé avec des échecs (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or "benchconnect outbox retry", sends them.</source>
        <translation>
            <numerusform>%Ln résultat attend dans la boîte d'envoi (%1) : Boîte d'envoi… dans cette fenêtre, ou "benchconnect outbox retry", l'envoie.</numerusform>
            <numerusform>%Ln résultats attendent dans la boîte d'envoi (%1) : Boîte d'envoi… dans cette fenêtre, ou "benchconnect outbox retry", les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.</source>
        <translation>Annulé (envoyés : %L1, non confirmés : %L2) ; l'exécution reste inachevée.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent, and nothing is tried again; the requests on the wire may finish. Cancel again to abandon them.</source>
        <translation>Annulation : plus rien de nouveau n'est envoyé ni réessayé ; les requêtes en cours peuvent se terminer. Annuler de nouveau pour les abandonner.</translation>
    </message>
    <message>
        <source>The run's finish could not be kept in the outbox: %1</source>
        <translation>La clôture de l'exécution n'a pas pu être conservée dans la boîte d'envoi : %1</translation>
    </message>
    <message>
        <source>The run's finish waits in the outbox: Outbox… (or "benchconnect outbox retry") sends it once the run's results are delivered.</source>
        <translation>La clôture de l'exécution attend dans la boîte d'envoi : Boîte d'envoi… (ou "benchconnect outbox retry") l'envoie une fois les résultats de l'exécution livrés.</translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered its results.</source>
        <translation>Annulé (envoyés : %L1, non confirmés : %L2) ; l'exécution sera terminée quand la boîte d'envoi aura livré ses résultats.</translation>
    </message>
    <message>
        <source>Cancelling now: the requests under way are abandoned.</source>
        <translation>Annulation immédiate : les requêtes en cours sont abandonnées.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>The server URL</source>
        <translation>L'URL du serveur</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api (CONBENCH_URL)</source>
        <translation>L'adresse du serveur Conbench, sans /api (CONBENCH_URL)</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation>Le mot de passe du compte (CONBENCH_PASSWORD). Conservé dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation>Demander au serveur s'il répond (GET /api/ping/), puis s'identifier si une adresse électronique est fournie</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse électroni&amp;que :</translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation>Le mot de passe de %1 a été lu dans le trousseau système.</translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation>Une adresse électronique est fournie mais pas de mot de passe ; saisir les deux pour s'identifier, ou aucun pour un serveur public.</translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation>Aucun trousseau système ne répond (%1) : le mot de passe est conservé pour cette session seulement, jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation>Le mot de passe du compte (CONBENCH_PASSWORD). Aucun trousseau système disponible : il est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation>%1 n'a pas répondu comme un serveur Conbench : %2</translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation>Connecté : %1 répond (pas d'identification ; serveur public).</translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation>Connecté : %1 répond et %2 est identifié.</translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation>%1 répond, mais a refusé l'adresse électronique ou le mot de passe : %2</translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation>%1 répond, mais l'identification a échoué : %2</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>le compte avec lequel s'identifier</translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a logged-in user, on a public server too; leave it empty only for a server that takes results without a log-in.</source>
        <translation>Le compte avec lequel s'identifier (CONBENCH_EMAIL). Conbench n'enregistre des résultats que pour un utilisateur identifié, même sur un serveur public ; ne laisser vide que pour un serveur qui accepte des résultats sans identification.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>Stop &amp;testing</source>
        <translation>Arrêter le &amp;test</translation>
    </message>
    <message>
        <source>Give up the connection test (Esc)</source>
        <translation>Abandonner le test de connexion (Échap)</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered.</source>
        <translation>Test arrêté avant la réponse de %1.</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered the log-in.</source>
        <translation>Test arrêté avant que %1 ait répondu à l'identification.</translation>
    </message>
    <message>
        <source>The server profile to send to (Preferences &gt; Servers); the fields below show it and edit it. None: the server typed below.</source>
        <translation>Le profil de serveur auquel envoyer (Préférences &gt; Serveurs) ; les champs ci-dessous l'affichent et le modifient. Aucun : le serveur saisi ci-dessous.</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Serveurs…</translation>
    </message>
    <message>
        <source>Add, change or remove server profiles</source>
        <translation>Ajouter, modifier ou supprimer des profils de serveur</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>The CA bundle %1 of the profile "%2" cannot be read; correct it in Preferences &gt; Servers.</source>
        <translation>Le fichier de certificats d'AC %1 du profil "%2" ne peut pas être lu ; le corriger dans Préférences &gt; Serveurs.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Keep retrying a request that gets no usable answer (connection errors, time-outs, 5xx, 429) for up to SECONDS (default 1800; also BENCHCONNECT_RETRY_DEADLINE).</source>
        <translation>Réessayer une requête sans réponse exploitable (erreurs de connexion, délais dépassés, 5xx, 429) pendant SECONDS au plus (1800 par défaut ; également BENCHCONNECT_RETRY_DEADLINE).</translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation>Abandonner une tentative quand le serveur n'a pas répondu en SECONDS (150 par défaut ; 10 pour l'identification), puis réessayer.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation>Approuver en plus les certificats d'AC de ce fichier PEM (également BENCHCONNECT_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>Do not verify the server's TLS certificate. Only on a network you trust.</source>
        <translation>Ne pas vérifier le certificat TLS du serveur. Seulement sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>--retry-deadline "%1" is not a number of seconds.</source>
        <translation>--retry-deadline "%1" n'est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>--timeout "%1" is not a positive number of seconds.</source>
        <translation>--timeout "%1" n'est pas un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation>%1 : impossible de lire le fichier de certificats d'AC.</translation>
    </message>
    <message>
        <source>--insecure: the server's TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation>--insecure : le certificat TLS du serveur n'est pas vérifié ; n'importe qui sur le chemin réseau pourrait lire les identifiants et les résultats.</translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n'a été envoyé)</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1 : %2 (rien n'a été envoyé)</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>L'entrée ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation>L'entrée contient plus d'un objet JSON ; n'en fournir qu'un.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, but nothing came on it within %L1 s: it is not read, as if no %2 were given. Give "-" to wait for it, or redirect it from /dev/null to say there is none.</source>
        <translation>L'entrée standard n'est pas un terminal, mais rien n'y est arrivé en %L1 s : elle n'est pas lue, comme si aucun(e) %2 n'était donné(e). Indiquez "-" pour l'attendre, ou redirigez-la depuis /dev/null pour dire qu'il n'y en a pas.</translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation>Arrêt : plus aucun nouveau résultat n'est envoyé ; attente des requêtes en cours. Ce qui n'a pas été envoyé reste dans la boîte d'envoi (benchconnect outbox retry). Appuyer de nouveau sur Ctrl-C pour quitter immédiatement.</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1 : non enregistré : %2</translation>
    </message>
    <message>
        <source>Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).</source>
        <translation>Résultats envoyés : %L1, en échec : %L2, gardés dans la boîte d'envoi : %L3 (vers %4, en %L5 s).</translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with "benchconnect outbox retry".</source>
        <translation>La boîte d'envoi (%1) garde ce qui n'a pas été enregistré ; l'envoyer avec "benchconnect outbox retry".</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation>Ce serveur Conbench gère les exécutions implicitement : une exécution existe par ses résultats (le serveur a répondu 405 au point d'accès des exécutions). %1</translation>
    </message>
    <message>
        <source>A run's field is "%1"; "%2" is the name results use ("start run" and "augment run" accept both).</source>
        <translation>Le champ d'une exécution est "%1" ; "%2" est le nom qu'utilisent les résultats ("start run" et "augment run" acceptent les deux).</translation>
    </message>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses (400) is kept there apart as refused and not sent again; the others are still sent (see "benchconnect outbox retry --help").</source>
        <translation>Conserver les résultats dans DIR jusqu'à ce que le serveur les confirme (~/.local/share/benchconnect/outbox par défaut ; également BENCHCONNECT_OUTBOX). Un résultat que le serveur refuse (400) y est mis à part comme refusé et n'est pas renvoyé ; les autres sont tout de même envoyés (voir "benchconnect outbox retry --help").</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1 : refusé par le serveur : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur (%1) : %2</numerusform>
            <numerusform>%Ln résultats refusés par le serveur (%1) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln résultat non enregistré (%1) : %2</numerusform>
            <numerusform>%Ln résultats non enregistrés (%1) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>Encore %Ln résultat non enregistré pour d'autres raisons (voir benchconnect outbox list).</numerusform>
            <numerusform>Encore %Ln résultats non enregistrés pour d'autres raisons (voir benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln d'entre eux était déjà enregistré et n'a pas été renvoyé.</numerusform>
            <numerusform>%Ln d'entre eux étaient déjà enregistrés et n'ont pas été renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): "benchconnect outbox retry" does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with "benchconnect outbox drop".</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur est mis à part dans la boîte d'envoi (%1) : "benchconnect outbox retry" ne le renvoie pas, car il ne peut pas être enregistré tel quel. Le corriger et le soumettre de nouveau, puis le retirer avec "benchconnect outbox drop".</numerusform>
            <numerusform>%Ln résultats refusés par le serveur sont mis à part dans la boîte d'envoi (%1) : "benchconnect outbox retry" ne les renvoie pas, car ils ne peuvent pas être enregistrés tels quels. Les corriger et les soumettre de nouveau, puis les retirer avec "benchconnect outbox drop".</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Sending stopped. "benchconnect outbox retry" looks up what the server holds before it sends again.</source>
        <translation>%1. Envoi arrêté. "benchconnect outbox retry" vérifie ce que contient le serveur avant de renvoyer.</translation>
    </message>
    <message>
        <source>Take the server's URL, e-mail, CA bundle and insecure flag from the server profile NAME in the window's settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from CONBENCH_PASSWORD.</source>
        <translation>Prendre l'URL du serveur, l'adresse électronique, le fichier de certificats d'AC et l'option insecure dans le profil de serveur NOM du fichier de paramètres de la fenêtre (aussi BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL et BENCHCONNECT_CA_BUNDLE, s'ils sont définis, l'emportent sur le profil ; le mot de passe vient de CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>--profile is empty; give the name of a server profile.</source>
        <translation>--profile est vide ; indiquer le nom d'un profil de serveur.</translation>
    </message>
    <message>
        <source>The server profile "%1" does not verify the server's TLS certificate; anyone on the network path could read the credentials and results.</source>
        <translation>Le profil de serveur "%1" ne vérifie pas le certificat TLS du serveur ; n'importe qui sur le chemin réseau pourrait lire les identifiants et les résultats.</translation>
    </message>
    <message>
        <source>At the end, compare the run with its baseline as "compare run" does, with the options below (the output format is --compare-format here).</source>
        <translation>À la fin, comparer l'exécution avec sa référence comme le fait "compare run", avec les options ci-dessous (le format de sortie est ici --compare-format).</translation>
    </message>
    <message>
        <source>--%1 is used only with --compare; ignoring it.</source>
        <translation>--%1 ne sert qu'avec --compare ; option ignorée.</translation>
    </message>
    <message>
        <source>--max-in-flight "%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>--max-in-flight "%1" n'est ni "auto" ni un nombre de 1 à 64.</translation>
    </message>
    <message>
        <source>Send up to N requests at once, or "auto" (the default; also BENCHCONNECT_MAX_IN_FLIGHT): start with 4, double while the answers stay as fast, then move by one as fewer or more of them wait in a queue; go down on 429/503 answers and time-outs, and never above 16.</source>
        <translation>Envoyer jusqu'à N requêtes à la fois, ou "auto" (par défaut ; également BENCHCONNECT_MAX_IN_FLIGHT) : commencer à 4, doubler tant que les réponses restent aussi rapides, puis avancer d'une à la fois selon que moins ou plus d'entre elles attendent dans une file ; diminuer en cas de réponses 429/503 et de délais dépassés, jamais plus de 16.</translation>
    </message>
    <message>
        <source>Interrupted while reading the input: nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Interrompu pendant la lecture de l'entrée : rien n'a été envoyé, et rien n'en a été gardé dans la boîte d'envoi.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. What the server has not confirmed stays in the outbox (%1); "benchconnect outbox retry" sends it, and looks up first what the server stored already, so that nothing is stored twice.</source>
        <translation>Interrompu de nouveau : arrêt immédiat. Ce que le serveur n'a pas confirmé reste dans la boîte d'envoi (%1) ; "benchconnect outbox retry" l'envoie, en cherchant d'abord ce que le serveur a déjà enregistré, pour que rien ne soit enregistré deux fois.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent.</source>
        <translation>Interrompu de nouveau : arrêt immédiat. Rien n'a été envoyé.</translation>
    </message>
    <message>
        <source>Interrupted again while reading the input: quit at once. Nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Interrompu de nouveau pendant la lecture de l'entrée : arrêt immédiat. Rien n'a été envoyé, et rien n'en a été gardé dans la boîte d'envoi.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</source>
        <translation>
            <numerusform>Interrompu avant l'envoi du premier résultat : rien n'a été envoyé. Le résultat écrit dans la boîte d'envoi (%1) y attend ; l'envoyer avec "benchconnect outbox retry".</numerusform>
            <numerusform>Interrompu avant l'envoi du premier résultat : rien n'a été envoyé. Les %Ln résultats écrits dans la boîte d'envoi (%1) y attendent ; les envoyer avec "benchconnect outbox retry".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Ajouter un profil de serveur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected profile and its password in the keychain</source>
        <translation>Supprimer le profil sélectionné et son mot de passe du trousseau</translation>
    </message>
    <message>
        <source>staging, production…</source>
        <translation>staging, production…</translation>
    </message>
    <message>
        <source>The profile's name, as the window's picker and "benchconnect --profile" take it</source>
        <translation>Le nom du profil, tel que l'acceptent le sélecteur de la fenêtre et "benchconnect --profile"</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api</source>
        <translation>L'adresse du serveur Conbench, sans /api</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>le compte avec lequel s'identifier</translation>
    </message>
    <message>
        <source>Kept in the system keychain under the profile's name, never in a file. The command-line program takes it from CONBENCH_PASSWORD.</source>
        <translation>Conservé dans le trousseau système sous le nom du profil, jamais dans un fichier. Le programme en ligne de commande le prend dans CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>les certificats du système</translation>
    </message>
    <message>
        <source>Extra CA certificates (a PEM file) to trust for this server</source>
        <translation>Certificats d'AC supplémentaires (un fichier PEM) à approuver pour ce serveur</translation>
    </message>
    <message>
        <source>Choose the PEM file</source>
        <translation>Choisir le fichier PEM</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d'AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (only on a network you trust)</source>
        <translation>Ne pas vérifier le certificat TLS (uniquement sur un réseau de confiance)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse électroni&amp;que :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe :</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;Certificats d'AC :</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins.</source>
        <translation>S'applique au prochain démarrage. BENCHCONNECT_LANGUAGE, s'il est défini, l'emporte.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Nouveau serveur</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>Nouveau serveur %1</translation>
    </message>
    <message>
        <source>A profile has no name; give it one.</source>
        <translation>Un profil n'a pas de nom ; lui en donner un.</translation>
    </message>
    <message>
        <source>Two profiles are named "%1"; give each its own name.</source>
        <translation>Deux profils s'appellent "%1" ; donner à chacun son propre nom.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Profil "%1" : %2</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>L'URL</translation>
    </message>
    <message>
        <source>Profile "%1": the CA bundle %2 cannot be read.</source>
        <translation>Profil "%1" : le fichier de certificats d'AC %2 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation>Démarrer une exécution : la créer et écrire le fichier d'état.</translation>
    </message>
    <message>
        <source>Not sent and not kept, since this server keeps nothing of a run but what its results carry (its id, name, reason, github and machine_info or cluster_info): %1.</source>
        <translation>Ni envoyé ni conservé, car ce serveur ne garde d'une exécution que ce que portent ses résultats (son id, name, reason, github et machine_info ou cluster_info) : %1.</translation>
    </message>
    <message>
        <source>Not a field of a run, so not sent and not kept: %1 (a server up to August 2023 refuses a run that holds it).</source>
        <translation>Pas un champ d'une exécution, donc ni envoyé ni conservé : %1 (un serveur jusqu'à août 2023 refuse une exécution qui le contient).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with "benchconnect finish run", or remove the file to abandon it.</source>
        <translation>Une exécution est déjà démarrée ici (%1). La terminer avec "benchconnect finish run", ou supprimer le fichier pour l'abandonner.</translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation>Le fichier d'état est écrit ; l'exécution apparaîtra avec son premier résultat.</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>L'exécution n'a pas été créée : %1</translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as "augment run" does), makes sure that benchconnect-state.json can be written in the current directory (no run is created when it cannot), creates the run on the server, and only then writes the file, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), the server's URL, which "submit result" and "finish run" must use too, and the generation of the server's API as its answer shows it (2023 when it created the run, current when it answered 405), whose rules "submit result" checks each result with before sending. Prints the run's id.

Then "submit result" adds results to the run, and "finish run" ends it and removes the state file. Without JSON input the run gets only its defaults. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). "run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation>Complète les valeurs par défaut de l'exécution (comme "augment run"), vérifie que benchconnect-state.json peut être écrit dans le répertoire courant (sinon aucune exécution n'est créée), crée l'exécution sur le serveur, et seulement ensuite écrit le fichier, avec ce que partagent tous les résultats de l'exécution (run_id, run_name, run_reason, github, machine_info ou cluster_info), l'URL du serveur, que "submit result" et "finish run" doivent aussi utiliser, et la génération de l'API du serveur telle que sa réponse l'indique (2023 s'il a créé l'exécution, current s'il a répondu 405), dont "submit result" applique les règles pour vérifier chaque résultat avant l'envoi. Affiche l'identifiant de l'exécution.

Ensuite "submit result" ajoute des résultats à l'exécution, et "finish run" la termine et supprime le fichier d'état. Sans entrée JSON, l'exécution ne reçoit que ses valeurs par défaut. L'entrée standard est lue quand rien d'autre n'est donné et qu'elle n'est pas un terminal ; si rien n'y arrive en 2 s (un tube qu'un exécuteur de CI laisse ouvert), elle n'est pas attendue, avec un avertissement ("-" l'attend). "run_reason" et "run_name", les noms qu'utilisent les résultats, sont pris comme "reason" et "name" de l'exécution.

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, à travers leurs résultats : ils répondent 405 à la création d'une exécution, ce qui est signalé une fois ; le fichier d'état est écrit quand même.</translation>
    </message>
    <message>
        <source>%1 (no run was created)</source>
        <translation>%1 (aucune exécution n'a été créée)</translation>
    </message>
    <message>
        <source>%1. Run %2 was created on the server all the same, and nothing here can continue it; mark it finished with: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</source>
        <translation>%1. L'exécution %2 a tout de même été créée sur le serveur, et rien ici ne peut la poursuivre ; la marquer comme terminée avec : benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation>Ajouter des résultats à l'exécution démarrée, compléter leurs valeurs par défaut, les envoyer.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Needs a run started here with "start run". Each result gets the run's fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as "augment result" fills them, and is posted to the server the run was started on: another CONBENCH_URL is an error.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent, as "check result" checks it, with the rules of the server's generation that "start run" found: when any result is one the server would refuse, each such result is named with the field and the reason, and nothing is written to the outbox or sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Nécessite une exécution démarrée ici avec "start run". Chaque résultat reçoit les champs de l'exécution depuis benchconnect-state.json (run_id, run_name, run_reason, github, machine_info ou cluster_info), puis ses valeurs par défaut telles que les complète "augment result", et est envoyé au serveur sur lequel l'exécution a été démarrée : un autre CONBENCH_URL est une erreur.

Un champ que le résultat et l'exécution contiennent tous deux avec des valeurs différentes est une erreur. Toute l'entrée est lue et vérifiée avant le moindre envoi, comme la vérifie "check result", avec les règles de la génération du serveur trouvée par "start run" : si un résultat est de ceux que le serveur refuserait, chacun de ces résultats est signalé avec le champ et la raison, et rien n'est écrit dans la boîte d'envoi ni envoyé. Un résultat dont la réponse se perd en route est recherché sur le serveur avant d'être renvoyé, si bien qu'aucun n'est enregistré deux fois.

--path peut aussi désigner la sortie d'un outil de benchmark, ou un dossier mêlant des fichiers d'outils et du JSON Conbench : avec --format auto (par défaut), chaque fichier est lu dans le format que montre son contenu (--verbose indique lequel), comme le lit "adapt" ; un fichier dans aucun format connu est une erreur qui le nomme.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE "%1" is not a language; the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE "%1" n'est pas une langue ; les messages restent en anglais.</translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE "%1" (there are: %2); the messages stay in English.</source>
        <translation>Il n'existe pas de traduction pour BENCHCONNECT_LANGUAGE "%1" (disponibles : %2) ; les messages restent en anglais.</translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message>
        <source>not Vitest benchmark JSON: it has no "files" list</source>
        <translation>pas du JSON de benchmark Vitest : il n'a pas de liste "files"</translation>
    </message>
    <message>
        <source>%1: a sample of "%2" is not a number</source>
        <translation>%1 : un échantillon de « %2 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>%1: benchmark %2: %3</source>
        <translation>%1 : benchmark %2 : %3</translation>
    </message>
    <message>
        <source>Vitest recorded no measurement for this benchmark: it threw or did not finish (see Vitest's own output for the reason)</source>
        <translation>Vitest n'a enregistré aucune mesure pour ce benchmark : il a levé une exception ou ne s'est pas terminé (voir la sortie de Vitest pour la raison)</translation>
    </message>
    <message>
        <source>Vitest took no samples of this benchmark (sampleCount 0), so it has no measurement: it did not run within the time the bench allowed (give it more time or iterations) or it threw (see Vitest's own output)</source>
        <translation>Vitest n'a pris aucun échantillon de ce benchmark (sampleCount 0), il n'a donc aucune mesure : il ne s'est pas exécuté dans le temps que le bench permettait (donnez-lui plus de temps ou d'itérations) ou il a levé une exception (voir la sortie de Vitest)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest's JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark ne contient aucun échantillon (le JSON de Vitest les omet) ; sa moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
            <numerusform>%Ln benchmarks ne contiennent aucun échantillon (le JSON de Vitest les omet) ; leur moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vitest benchmark JSON (vitest bench --outputJson)</source>
        <translation>JSON de benchmark Vitest (vitest bench --outputJson)</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Watch a results folder: one run per finished subfolder, sent exactly once.</source>
        <translation>Surveiller un dossier de résultats : une exécution par sous-dossier terminé, envoyée exactement une fois.</translation>
    </message>
    <message>
        <source>Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, and sends each subfolder as one run once it is complete: when it holds the marker file (--done-marker, default .done) or, with --settle, when nothing in it changed for that long. For a complete folder the run is started (reason --reason, default lab; the folder's optional run.json may give the run's reason, name, info, github, tags and hardware), every result file in it is submitted (Conbench JSON and every tool format "adapt" reads, recognised by their content), and the run is finished. New folders are noticed at once on local disks and by a rescan (--rescan, default every 30 s) on network shares.

Each folder is sent exactly once, across restarts: a journal beside the outbox records each folder's state (waiting, run started with its id, results in the outbox, done, failed with the reason). Killed at any moment and started again, watch continues what it had started with the same run id, and stores no result twice. A folder whose files change after it was sent is reported and not sent again, unless --resend-changed is given. While the server cannot be reached, complete folders are recorded and sent in order once it is back; a folder the server refuses is marked failed with the server's reason, and the others go on.

One line per run goes to standard error: the time, the folder, the run id, the results sent and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not sent is continued on the next start. Only one watcher (this command or the window's watch mode) may watch a directory at a time.

watch --status [DIR] prints each folder's state from the journal (every watched directory's without DIR) and talks to no server.</source>
        <translation>Surveille DIR, où les bancs de test écrivent un sous-dossier de fichiers de résultats par build ou par nuit, et envoie chaque sous-dossier comme une exécution dès qu'il est complet : quand il contient le fichier marqueur (--done-marker, .done par défaut) ou, avec --settle, quand rien n'y a changé pendant ce délai. Pour un dossier complet, l'exécution est démarrée (motif --reason, lab par défaut ; le fichier run.json facultatif du dossier peut fournir le motif, le nom, info, github, les étiquettes et le matériel de l'exécution), chaque fichier de résultats qu'il contient est soumis (JSON Conbench et tous les formats d'outils que lit "adapt", reconnus d'après leur contenu), et l'exécution est terminée. Les nouveaux dossiers sont détectés immédiatement sur les disques locaux et par une nouvelle analyse (--rescan, toutes les 30 s par défaut) sur les partages réseau.

Chaque dossier est envoyé exactement une fois, même après un redémarrage : un registre situé à côté de la boîte d'envoi consigne l'état de chaque dossier (en attente, exécution démarrée avec son identifiant, résultats dans la boîte d'envoi, terminé, en échec avec la raison). Tué à tout moment puis relancé, watch poursuit ce qu'il avait commencé avec le même identifiant d'exécution, et n'enregistre aucun résultat deux fois. Un dossier dont les fichiers changent après son envoi est signalé et n'est pas renvoyé, sauf si --resend-changed est fourni. Tant que le serveur est injoignable, les dossiers complets sont consignés puis envoyés dans l'ordre dès son retour ; un dossier que le serveur refuse est marqué en échec avec la raison donnée par le serveur, et les autres continuent.

Une ligne par exécution est écrite sur la sortie d'erreur standard : l'heure, le dossier, l'identifiant de l'exécution, les résultats envoyés et la durée. Ctrl-C ou SIGTERM termine les requêtes en cours et arrête la commande ; ce qui n'a pas été envoyé est repris au démarrage suivant. Un seul processus de surveillance (cette commande ou le mode surveillance de la fenêtre) peut surveiller un répertoire à la fois.

watch --status [DIR] affiche l'état de chaque dossier d'après le registre (celui de chaque répertoire surveillé, sans DIR) et ne contacte aucun serveur.</translation>
    </message>
    <message>
        <source>The directory whose subfolders are runs.</source>
        <translation>Le répertoire dont les sous-dossiers sont des exécutions.</translation>
    </message>
    <message>
        <source>A folder is complete once it holds a file of this name (default .done).</source>
        <translation>Un dossier est complet dès qu'il contient un fichier de ce nom (.done par défaut).</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for SECONDS.</source>
        <translation>Un dossier est aussi complet dès que rien n'y a changé pendant SECONDS.</translation>
    </message>
    <message>
        <source>The run's reason, unless run.json gives one (default lab).</source>
        <translation>Le motif de l'exécution, sauf si run.json en fournit un (lab par défaut).</translation>
    </message>
    <message>
        <source>Send what is complete now, then exit (for cron jobs and systemd timers).</source>
        <translation>Envoyer ce qui est complet maintenant, puis quitter (pour les tâches cron et les minuteurs systemd).</translation>
    </message>
    <message>
        <source>Send up to N folders at once (default 1).</source>
        <translation>Envoyer jusqu'à N dossiers à la fois (1 par défaut).</translation>
    </message>
    <message>
        <source>Move each folder that was sent into DIR (default: leave it and record it).</source>
        <translation>Déplacer dans DIR chaque dossier envoyé (par défaut : le laisser en place et le consigner).</translation>
    </message>
    <message>
        <source>Send a folder whose files changed after it was sent again, as a new run.</source>
        <translation>Renvoyer, comme nouvelle exécution, un dossier dont les fichiers ont changé après son envoi.</translation>
    </message>
    <message>
        <source>Look for new folders every SECONDS too, for network shares (default 30).</source>
        <translation>Chercher aussi les nouveaux dossiers toutes les SECONDS, pour les partages réseau (30 par défaut).</translation>
    </message>
    <message>
        <source>Print each folder's state from the journal (done, waiting, sending, failed) and exit.</source>
        <translation>Afficher l'état de chaque dossier d'après le registre (terminé, en attente, envoi en cours, en échec) et quitter.</translation>
    </message>
    <message>
        <source>%1 has not been watched yet (no journal in %2).</source>
        <translation>%1 n'a pas encore été surveillé (aucun registre dans %2).</translation>
    </message>
    <message>
        <source>No directory has been watched yet (no journal in %1).</source>
        <translation>Aucun répertoire n'a encore été surveillé (aucun registre dans %1).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln results sent</source>
        <translation>
            <numerusform>%L1 sur %Ln résultat envoyé</numerusform>
            <numerusform>%L1 sur %Ln résultats envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <source>(changed after it was sent; not sent again)</source>
        <translation>(modifié après son envoi ; pas renvoyé)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>Give the directory to watch (see benchconnect watch --help).</source>
        <translation>Fournir le répertoire à surveiller (voir benchconnect watch --help).</translation>
    </message>
    <message>
        <source>Give one directory to watch (see benchconnect watch --help).</source>
        <translation>Fournir un seul répertoire à surveiller (voir benchconnect watch --help).</translation>
    </message>
    <message>
        <source>--done-marker "%1" is a path; give a file name.</source>
        <translation>--done-marker "%1" est un chemin ; fournir un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number from %3 to %4.</source>
        <translation>--%1 "%2" n'est pas un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>--archive must be another directory than the one watched.</source>
        <translation>--archive doit être un autre répertoire que celui surveillé.</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1 : pas un répertoire ; fournir le dossier dans lequel les bancs de test écrivent leurs résultats.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2 : exécution %3, %Ln résultat envoyé en %L4 s</numerusform>
            <numerusform>%1 %2 : exécution %3, %Ln résultats envoyés en %L4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: not sent, and tried again once its files change: %3</source>
        <translation>%1 %2 : non envoyé ; réessayé dès que ses fichiers changent : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2 : exécution %3 en échec, %L4 sur %Ln résultat envoyé en %L5 s : %6</numerusform>
            <numerusform>%1 %2 : exécution %3 en échec, %L4 sur %Ln résultats envoyés en %L5 s : %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 (journal %2); Ctrl-C stops.</source>
        <translation>Surveillance de %1 (registre %2) ; Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <source>Stopping: the requests under way are finished; what was not sent is continued on the next start. Press Ctrl-C again to quit now.</source>
        <translation>Arrêt : les requêtes en cours sont terminées ; ce qui n'a pas été envoyé sera repris au prochain démarrage. Appuyer de nouveau sur Ctrl-C pour quitter immédiatement.</translation>
    </message>
    <message>
        <source>Folders sent: %1, failed: %2.</source>
        <translation>Dossiers envoyés : %1, en échec : %2.</translation>
    </message>
    <message>
        <source>The server could not be reached; the folders not sent wait in the journal and are sent on the next start.</source>
        <translation>Le serveur n'a pas pu être joint ; les dossiers non envoyés attendent dans le registre et seront envoyés au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>WatchJournal</name>
    <message>
        <source>%1: cannot create the watch journal's directory: %2</source>
        <translation>%1 : impossible de créer le répertoire du registre de surveillance : %2</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 (%3); stop it first, since two watchers would send the same folders.</source>
        <translation>%1 est déjà surveillé par le processus %2 (%3) ; l'arrêter d'abord, car deux processus de surveillance enverraient les mêmes dossiers.</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 on %3 (%4); stop it first, since two watchers would send the same folders. If that process is gone, remove %5.</source>
        <translation>%1 est déjà surveillé par le processus %2 sur %3 (%4) ; l'arrêter d'abord, car deux processus de surveillance enverraient les mêmes dossiers. Si ce processus n'existe plus, supprimer %5.</translation>
    </message>
    <message>
        <source>%1: cannot take the watch lock (%2).</source>
        <translation>%1 : impossible de prendre le verrou de surveillance (%2).</translation>
    </message>
    <message>
        <source>The watch journal was written by a newer version of benchconnect.</source>
        <translation>Le registre de surveillance a été écrit par une version plus récente de benchconnect.</translation>
    </message>
    <message>
        <source>%1: cannot read the watch journal: %2</source>
        <translation>%1 : impossible de lire le registre de surveillance : %2</translation>
    </message>
    <message>
        <source>%1: cannot write the watch journal: %2</source>
        <translation>%1 : impossible d'écrire le registre de surveillance : %2</translation>
    </message>
</context>
<context>
    <name>WatchView</name>
    <message>
        <source>Watch folder — benchconnect</source>
        <translation>Surveiller un dossier — benchconnect</translation>
    </message>
    <message>
        <source>Each subfolder of the watched folder is sent as one run once it holds a .done file (or, with a settle time, once nothing in it changed for that long). Each folder is sent once, also after a restart.</source>
        <translation>Chaque sous-dossier du dossier surveillé est envoyé comme une exécution dès qu'il contient un fichier .done (ou, avec un délai de stabilisation, dès que rien n'y a changé pendant ce délai). Chaque dossier n'est envoyé qu'une fois, même après un redémarrage.</translation>
    </message>
    <message>
        <source>The folder the rigs write their results into</source>
        <translation>Le dossier dans lequel les bancs de test écrivent leurs résultats</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>S&amp;ettle:</source>
        <translation>Sta&amp;bilisation :</translation>
    </message>
    <message>
        <source>marker only</source>
        <translation>marqueur seul</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for this long</source>
        <translation>Un dossier est aussi complet dès que rien n'y a changé pendant ce délai</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Résultats envoyés</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Dossier à surveiller</translation>
    </message>
    <message>
        <source>Choose the folder to watch first.</source>
        <translation>Choisir d'abord le dossier à surveiller.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>Dé&amp;marrer</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>(changed after it was sent)</source>
        <translation>(modifié après son envoi)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
</TS>