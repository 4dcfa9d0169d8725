<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdaptCommand</name>
    <message>
        <source>Convert tools&apos; output, recognizing each file&apos;s format.</source>
        <translation>Convertir la sortie d&apos;outils, en reconnaissant le format de chaque fichier.</translation>
    </message>
    <message>
        <source>Convert %1 output into Conbench results.</source>
        <translation>Convertir la sortie de %1 en résultats Conbench.</translation>
    </message>
    <message>
        <source>Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their defaults filled in as &quot;augment result&quot; does.</source>
        <translation>Lit %1 et affiche les résultats Conbench qui s&apos;y trouvent en NDJSON, un par ligne, avec leurs valeurs par défaut complétées comme le fait &quot;augment result&quot;.</translation>
    </message>
    <message>
        <source>Reads the output files of benchmark tools, recognizes each file&apos;s format from its content (%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults filled in as &quot;augment result&quot; does. A file in no known format is an error that names it; --verbose says which format each file was read as.</source>
        <translation>Lit les fichiers de sortie d&apos;outils de benchmark, reconnaît le format de chaque fichier d&apos;après son contenu (%1) et affiche les résultats Conbench qu&apos;ils contiennent en NDJSON, un par ligne, avec leurs valeurs par défaut complétées comme le fait &quot;augment result&quot;. Un fichier dans aucun format connu provoque une erreur qui le nomme ; --verbose indique dans quel format chaque fichier a été lu.</translation>
    </message>
    <message>
        <source>The input is --path, a file or a folder (its files in name order, not recursive), or the file&apos;s content on standard input. The README&apos;s table says what each format&apos;s fields become.</source>
        <translation>L&apos;entrée est --path, un fichier ou un dossier (ses fichiers par ordre de nom, non récursif), ou le contenu du fichier sur l&apos;entrée standard. Le tableau du README indique ce que deviennent les champs de chaque format.</translation>
    </message>
    <message>
        <source>The tool&apos;s output file, or a folder of them.</source>
        <translation>Le fichier de sortie de l&apos;outil, ou un dossier de tels fichiers.</translation>
    </message>
    <message>
        <source>Give the tool&apos;s output with --path, or on standard input (see benchconnect %1 --help).</source>
        <translation>Fournir la sortie de l&apos;outil avec --path, ou sur l&apos;entrée standard (voir benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>The input holds no benchmark results.</source>
        <translation>L&apos;entrée ne contient aucun résultat de benchmark.</translation>
    </message>
    <message>
        <source>Refuse a file larger than MIB mebibytes (default %1); a file is read whole.</source>
        <translation>Refuser un fichier de plus de MIB mébioctets (par défaut %1)&#xa0;; un fichier est lu en entier.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>L&apos;entrée standard dépasse %L1&#xa0;MiB&#xa0;; %2</translation>
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
        <translation>%1 est un dossier&#xa0;; %2 lit des fichiers</translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message>
        <source>Unknown format &quot;%1&quot;; the formats are: auto, %2.</source>
        <translation>Format inconnu &quot;%1&quot; ; les formats sont : auto, %2.</translation>
    </message>
    <message>
        <source>%1: the folder holds no files.</source>
        <translation>%1 : le dossier ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1 : aucun fichier ou dossier de ce nom.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1 : impossible de lire le fichier : %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1 : le fichier est vide.</translation>
    </message>
    <message>
        <source>%1: not in a format benchconnect reads (%2).</source>
        <translation>%1 : pas dans un format que benchconnect sait lire (%2).</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1 : lu au format %2, %Ln résultat.</numerusform>
            <numerusform>%1 : lu au format %2, %Ln résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) #%3</source>
        <translation>%1 (%2) #%3</translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1&#xa0;: pas un fichier ordinaire.</translation>
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

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; &quot;github&quot;: null means no commit context), and run_name (&quot;REASON: COMMIT&quot; when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation>Complète les champs nécessaires à un résultat de benchmark que l&apos;utilisateur a omis ou mis à null, et affiche chaque résultat sur une ligne de JSON. Une valeur fournie n&apos;est jamais remplacée.

Valeurs par défaut&#xa0;: batch_id (un nouvel identifiant aléatoire), timestamp (maintenant, UTC), tags, info et context ({}), machine_info (cette machine, sauf si cluster_info est fourni), github (d&apos;après les variables CONBENCH_PROJECT_*&#xa0;; &quot;github&quot;: null signifie aucun contexte de commit) et run_name (&quot;MOTIF: COMMIT&quot; quand run_reason et un commit sont connus). Les champs facultatifs vides sont omis. Un résultat qui ne pourrait pas être envoyé (ni stats ni error, ou pas exactement un champ parmi machine_info et cluster_info) est affiché avec un avertissement.</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name (&quot;REASON: COMMIT&quot; when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; &quot;github&quot;: null means no commit context). finished_timestamp, error_type and error_info are left out until given.

&quot;run_reason&quot; and &quot;run_name&quot;, the names results use, are taken as the run&apos;s &quot;reason&quot; and &quot;name&quot;.</source>
        <translation>Complète les champs nécessaires à une exécution de benchmark que l&apos;utilisateur a omis ou mis à null, et affiche chaque exécution sur une ligne de JSON. Une valeur fournie n&apos;est jamais remplacée.

Valeurs par défaut&#xa0;: id (un nouvel identifiant aléatoire), name (&quot;MOTIF: COMMIT&quot; quand un motif et un commit sont connus), info ({}), machine_info (cette machine, sauf si cluster_info est fourni) et github (d&apos;après les variables CONBENCH_PROJECT_*&#xa0;; &quot;github&quot;: null signifie aucun contexte de commit). finished_timestamp, error_type et error_info sont omis tant qu&apos;ils ne sont pas fournis.

&quot;run_reason&quot; et &quot;run_name&quot;, les noms qu&apos;utilisent les résultats, sont pris comme &quot;reason&quot; et &quot;name&quot; de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>L&apos;entrée ne contient aucun objet JSON.</translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>&quot;github&quot; must be an object with &quot;repository&quot; and &quot;commit&quot;, or null.</source>
        <translation>&quot;github&quot; doit être un objet avec &quot;repository&quot; et &quot;commit&quot;, ou null.</translation>
    </message>
    <message>
        <source>&quot;github&quot; lacks %1; give both &quot;repository&quot; and &quot;commit&quot;, or null for no commit context.</source>
        <translation>Il manque %1 dans &quot;github&quot;&#xa0;; fournir &quot;repository&quot; et &quot;commit&quot;, ou null pour aucun contexte de commit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>&quot;github.repository&quot; is &quot;%1&quot;, not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>&quot;github.repository&quot; vaut &quot;%1&quot;, qui n&apos;est pas un dépôt GitHub&#xa0;; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation>Ce résultat ne peut pas encore être envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the run gives both &quot;%1&quot; (%2) and &quot;%3&quot; (%4); give one of them.</source>
        <translation>l&apos;exécution fournit à la fois &quot;%1&quot; (%2) et &quot;%3&quot; (%4)&#xa0;; n&apos;en fournir qu&apos;un.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken as the run&apos;s &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; est pris comme &quot;%2&quot; de l&apos;exécution.</translation>
    </message>
    <message>
        <source>The run has no &quot;reason&quot; (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation>L&apos;exécution n&apos;a pas de &quot;reason&quot; (par exemple commit, pull-request ou nightly)&#xa0;; Conbench regroupe les exécutions selon ce champ.</translation>
    </message>
    <message>
        <source>it holds both &quot;machine_info&quot; and &quot;cluster_info&quot;; give exactly one.</source>
        <translation>il contient à la fois &quot;machine_info&quot; et &quot;cluster_info&quot;&#xa0;; en fournir exactement un.</translation>
    </message>
    <message>
        <source>it holds neither &quot;machine_info&quot; nor &quot;cluster_info&quot;; give exactly one.</source>
        <translation>il ne contient ni &quot;machine_info&quot; ni &quot;cluster_info&quot;&#xa0;; en fournir exactement un.</translation>
    </message>
    <message>
        <source>it holds neither &quot;stats&quot; nor &quot;error&quot;.</source>
        <translation>il ne contient ni &quot;stats&quot; ni &quot;error&quot;.</translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message>
        <source>the benchmark failed</source>
        <translation>le benchmark a échoué</translation>
    </message>
    <message>
        <source>the benchmark &quot;%1&quot; has neither a mean nor a failure</source>
        <translation>le benchmark &quot;%1&quot; n&apos;a ni moyenne ni échec</translation>
    </message>
    <message>
        <source>not valid XML (%1 at line %2)</source>
        <translation>XML non valide (%1 à la ligne %2)</translation>
    </message>
    <message>
        <source>not Catch2 XML: it has no &lt;Catch&gt; element</source>
        <translation>pas du XML Catch2&#xa0;: aucun élément &lt;Catch&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catch2&apos;s XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>Le XML de Catch2 ne garde pas d&apos;échantillons&#xa0;: pour %Ln benchmark, la moyenne est l&apos;unique point de mesure, accompagnée de l&apos;écart type.</numerusform>
            <numerusform>Le XML de Catch2 ne garde pas d&apos;échantillons&#xa0;: pour chacun des %Ln benchmarks, la moyenne est l&apos;unique point de mesure, accompagnée de l&apos;écart type.</numerusform>
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
        <source>Check results against the server&apos;s rules, without sending them.</source>
        <translation>Vérifier les résultats selon les règles du serveur, sans les envoyer.</translation>
    </message>
    <message>
        <source>Checks each result, as it is given, against what a Conbench server refuses: the schema of its API (the OpenAPI document of its generation, checked as Conbench&apos;s marshmallow does), the rules about the result as a whole (machine_info or cluster_info, stats or error, a GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name present, a unit it knows). No server is needed.

Prints one line for each invalid result: where it came from (its file or NDJSON line), the field, and why. Exit status 0 when every result is valid, 3 when any is not; with --quiet nothing is printed.

Without --generation a result counts as invalid only when servers of both generations would refuse it. &quot;submit result&quot; and &quot;post result&quot; make the same check before they send anything (&quot;submit result&quot; with the generation &quot;start run&quot; found).</source>
        <translation>Vérifie chaque résultat, tel qu&apos;il est fourni, par rapport à ce qu&apos;un serveur Conbench refuse&#xa0;: le schéma de son API (le document OpenAPI de sa génération, vérifié comme le fait marshmallow dans Conbench), les règles portant sur le résultat dans son ensemble (machine_info ou cluster_info, stats ou error, une URL de dépôt GitHub) et les vérifications que fait Conbench lorsqu&apos;il enregistre un résultat (tags.name présent, une unité qu&apos;il connaît). Aucun serveur n&apos;est nécessaire.

Affiche une ligne par résultat non valide&#xa0;: sa provenance (son fichier ou sa ligne NDJSON), le champ et la raison. Code de sortie 0 si tous les résultats sont valides, 3 sinon&#xa0;; avec --quiet, rien n&apos;est affiché.

Sans --generation, un résultat n&apos;est compté comme non valide que si les serveurs des deux générations le refuseraient. &quot;submit result&quot; et &quot;post result&quot; font la même vérification avant tout envoi (&quot;submit result&quot; avec la génération trouvée par &quot;start run&quot;).</translation>
    </message>
    <message>
        <source>Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with runs as entities) or current (later ones). Default: only what both refuse.</source>
        <translation>Vérifier avec les règles de cette génération de serveurs Conbench&#xa0;: 2023 (jusqu&apos;à août 2023, avec les exécutions comme entités) ou current (les suivants). Par défaut&#xa0;: seulement ce que les deux refusent.</translation>
    </message>
    <message>
        <source>--generation &quot;%1&quot; is not a generation of Conbench servers; give 2023 or current.</source>
        <translation>--generation &quot;%1&quot; n&apos;est pas une génération de serveurs Conbench&#xa0;; indiquer 2023 ou current.</translation>
    </message>
    <message>
        <source>the rules of Conbench servers up to August 2023</source>
        <translation>les règles des serveurs Conbench jusqu&apos;à août 2023</translation>
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
        <translation>L&apos;entrée ne contient aucun objet JSON.</translation>
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
</context>
<context>
    <name>CiEnvironment</name>
    <message>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) could not be read: %2.</source>
        <translation>Le fichier d&apos;événement %1 (GITHUB_EVENT_PATH) n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>il est trop volumineux</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.</source>
        <translation>Le fichier d&apos;événement %1 (GITHUB_EVENT_PATH) n&apos;est pas un objet JSON&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 in GITHUB_EVENT_PATH</source>
        <translation>%1 dans GITHUB_EVENT_PATH</translation>
    </message>
    <message>
        <source>GITHUB_SHA (%1) is not the pull request&apos;s head commit; the head commit is used.</source>
        <translation>GITHUB_SHA (%1) n&apos;est pas le commit de tête de la pull request&#xa0;; le commit de tête est utilisé.</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab&apos;s, not a GitHub pull request; it is not sent as a pull request number.</source>
        <translation>La merge request !%1 (CI_MERGE_REQUEST_IID) appartient à GitLab, ce n&apos;est pas une pull request GitHub&#xa0;; elle n&apos;est pas envoyée comme numéro de pull request.</translation>
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
        <source>CONBENCH_URL is not set; set it to the Conbench server&apos;s address, such as https://conbench.example.org.</source>
        <translation>CONBENCH_URL n&apos;est pas définie&#xa0;; lui donner l&apos;adresse du serveur Conbench, par exemple https://conbench.example.org.</translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>CONBENCH_URL=&quot;%1&quot; n&apos;est pas une adresse http:// ou https:// avec un hôte, par exemple https://conbench.example.org.</translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; ends with /api; give the server&apos;s address without it (%2).</source>
        <translation>CONBENCH_URL=&quot;%1&quot; se termine par /api&#xa0;; indiquer l&apos;adresse du serveur sans ce suffixe (%2).</translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; has a query, fragment or user name; give only the server&apos;s address.</source>
        <translation>CONBENCH_URL=&quot;%1&quot; contient une requête, un fragment ou un nom d&apos;utilisateur&#xa0;; n&apos;indiquer que l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation>CONBENCH_PASSWORD est définie mais vide&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation>CONBENCH_EMAIL est définie mais pas CONBENCH_PASSWORD&#xa0;; définir les deux pour s&apos;identifier, ou aucune pour un serveur public.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation>CONBENCH_PASSWORD est définie mais pas CONBENCH_EMAIL&#xa0;; pas d&apos;identification.</translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE=&quot;%1&quot; is not a number of seconds.</source>
        <translation>BENCHCONNECT_RETRY_DEADLINE=&quot;%1&quot; n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation>Les identifiants de %1 circuleraient en clair sur http:// vers %2&#xa0;; utiliser https://, sauf sur un réseau strictement privé.</translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; has the URL &quot;%2&quot;, which is not an http:// or https:// address of a server (without /api); correct it in the window&apos;s Preferences &gt; Servers.</source>
        <translation>Le profil de serveur &quot;%1&quot; a l&apos;URL &quot;%2&quot;, qui n&apos;est pas une adresse http:// ou https:// de serveur (sans /api)&#xa0;; la corriger dans Préférences &gt; Serveurs de la fenêtre.</translation>
    </message>
    <message>
        <source>There is no server profile &quot;%1&quot;: %2 holds no profiles; add them in the window&apos;s Preferences &gt; Servers.</source>
        <translation>Il n&apos;y a pas de profil de serveur &quot;%1&quot;&#xa0;: %2 ne contient aucun profil&#xa0;; en ajouter dans Préférences &gt; Serveurs de la fenêtre.</translation>
    </message>
    <message>
        <source>There is no server profile &quot;%1&quot;; the profiles in %2 are: %3.</source>
        <translation>Il n&apos;y a pas de profil de serveur &quot;%1&quot;&#xa0;; les profils de %2 sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; logs in as %2 but CONBENCH_PASSWORD is not set; set it (the command-line program does not read the keychain).</source>
        <translation>Le profil de serveur &quot;%1&quot; s&apos;identifie en tant que %2 mais CONBENCH_PASSWORD n&apos;est pas défini&#xa0;; le définir (le programme en ligne de commande ne lit pas le trousseau).</translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT=&quot;%1&quot; is neither &quot;auto&quot; nor a number from 1 to 64.</source>
        <translation>BENCHCONNECT_MAX_IN_FLIGHT=&quot;%1&quot; n&apos;est ni &quot;auto&quot; ni un nombre de 1 à 64.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1&#xa0;: erreur&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation>Le serveur Conbench, sans /api (obligatoire).</translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation>S&apos;identifier avec ce compte (pour un serveur privé).</translation>
    </message>
    <message>
        <source>The account&apos;s password; never printed.</source>
        <translation>Le mot de passe du compte&#xa0;; jamais affiché.</translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation>org/repo ou https://github.com/org/repo&#xa0;: github.repository.</translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation>Le SHA du commit (40 caractères hexadécimaux)&#xa0;: github.commit.</translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation>Le numéro de la pull request&#xa0;: github.pr_number (BENCHMARKABLE_PR_NUMBER est aussi lu).</translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation>Remplace le nom d&apos;hôte envoyé dans machine_info.name.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation&#xa0;: %1 %2 [options]</translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation>Entrée (une seule&#xa0;; --json l&apos;emporte sur NDJSON, qui l&apos;emporte sur --path)&#xa0;:</translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation>Un objet JSON (%1).</translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; &quot;-&quot;, or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation>JSON délimité par des sauts de ligne, un objet (%1) par ligne, en argument&#xa0;; avec &quot;-&quot;, ou quand rien d&apos;autre n&apos;est fourni et que l&apos;entrée standard n&apos;est pas un terminal, il est lu depuis l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N&apos;afficher que les erreurs.</translation>
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
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
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
        <source>Unexpected argument &quot;%1&quot; (see %2 %3 --help)</source>
        <translation>Argument inattendu &quot;%1&quot; (voir %2 %3 --help)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one; anything else named *.json there (a FIFO, a dangling link, a directory) is an error.</source>
        <translation>Un fichier contenant un objet JSON (%1), ou un répertoire dont chaque fichier *.json (non récursif) en contient un ; tout autre élément nommé *.json dans ce répertoire (tube nommé, lien symbolique cassé, répertoire) est une erreur.</translation>
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
        <translation>--%1 a reçu une valeur vide (une variable du shell non définie ?) ; fournir %2, ou omettre l&apos;option (voir %3 %4 --help).</translation>
    </message>
    <message>
        <source>--max-input-size &quot;%1&quot; is not a positive number of mebibytes (at most %2).</source>
        <translation>--max-input-size &quot;%1&quot; n&apos;est pas un nombre positif de mébioctets (%2 au plus).</translation>
    </message>
    <message>
        <source>%1 is set but blank; set it to the outbox directory, or unset it for the default (~/.local/share/benchconnect/outbox).</source>
        <translation>%1 est définie mais vide ; lui donner le répertoire de la boîte d&apos;envoi, ou la supprimer de l&apos;environnement pour la valeur par défaut (~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>%1 is set but blank; ignoring it (--outbox is given).</source>
        <translation>%1 est définie mais vide ; elle est ignorée (--outbox est fourni).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox storage; 130 interrupted (see %1 --help).</source>
        <translation>Code de sortie&#xa0;: 0 succès&#xa0;; 1 travail fait en partie seulement&#xa0;; 2 utilisation&#xa0;; 3 entrée&#xa0;; 4 configuration&#xa0;; 5 refus du serveur&#xa0;; 6 serveur injoignable&#xa0;; 7 état de l&apos;exécution&#xa0;; 8 régressions détectées&#xa0;; 9 stockage de la boîte d&apos;envoi&#xa0;; 130 interruption (voir %1 --help).</translation>
    </message>
    <message>
        <source>A file or a directory: %1s as JSON, or a benchmark tool&apos;s output (see --format).</source>
        <translation>Un fichier ou un répertoire&#xa0;: des objets JSON (%1), ou la sortie d&apos;un outil de benchmark (voir --format).</translation>
    </message>
    <message>
        <source>The format of the input: auto (the default for --path: each file&apos;s format from its content), conbench, or a tool&apos;s (%1). With --format, standard input is read whole in that format.</source>
        <translation>Le format de l&apos;entrée&#xa0;: auto (par défaut pour --path&#xa0;: le format de chaque fichier d&apos;après son contenu), conbench, ou celui d&apos;un outil (%1). Avec --format, l&apos;entrée standard est lue en entier dans ce format.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; the formats are: auto, %2.</source>
        <translation>Format inconnu &quot;%1&quot;&#xa0;; les formats sont&#xa0;: auto, %2.</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path a reçu une valeur vide.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>L&apos;entrée standard dépasse %L1&#xa0;MiB&#xa0;; %2</translation>
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
        <translation>Les étiquettes d&apos;exécution (%1) ne font pas partie d&apos;une exécution&#xa0;: le programme en ligne de commande envoie les run_tags que contient chaque fichier de résultat.</translation>
    </message>
    <message>
        <source>The password is not copied. Set it first, without echoing it: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</source>
        <translation>Le mot de passe n&apos;est pas copié. Le définir d&apos;abord, sans l&apos;afficher : read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>Left out, as in the window (cannot be sent): %1</source>
        <translation>Omis, comme dans la fenêtre (ne peut pas être envoyé) : %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a run with its baseline; fail a CI job on a regression.</source>
        <translation>Comparer une exécution avec sa référence&#xa0;; faire échouer une tâche de CI en cas de régression.</translation>
    </message>
    <message>
        <source>Compares the results of a run with those of its baseline run, as the Conbench server pairs and analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row per benchmark: its name and tags, the unit, the baseline&apos;s and the run&apos;s value, the change in percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), and a verdict: regression, improvement, no change, new, missing or error. Regressions come first, then errors, then the largest changes.

RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last &quot;finish run&quot; here finished. The baseline is the first of the server&apos;s candidate baseline runs that exists (parent commit, fork point, latest default-branch commit), or the one named with --baseline, or the run whose id --baseline gives. When there is none, the server&apos;s reason for each candidate is printed and the exit status is 0. Servers up to 2023 name no candidates: there only --baseline RUN_ID works.

With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is appended to that file whatever --format says.</source>
        <translation>Compare les résultats d&apos;une exécution avec ceux de son exécution de référence, tels que le serveur Conbench les apparie et les analyse (GET /api/compare/runs/BASELINE...RUN/, toutes ses pages), et affiche une ligne par benchmark&#xa0;: son nom et ses étiquettes, l&apos;unité, la valeur de la référence et celle de l&apos;exécution, la variation en pourcentage et le score z rétrospectif (tous deux négatifs quand l&apos;exécution est moins bonne, selon la convention de signe de Conbench), et un verdict&#xa0;: régression, amélioration, sans changement, nouveau, manquant ou erreur. Les régressions viennent en premier, puis les erreurs, puis les plus fortes variations.

RUN_ID désigne par défaut l&apos;exécution démarrée ici (benchconnect-state.json), sinon celle que le dernier &quot;finish run&quot; lancé ici a terminée. La référence est la première des exécutions de référence candidates du serveur qui existe (commit parent, point de bifurcation, dernier commit de la branche par défaut), ou celle désignée par --baseline, ou l&apos;exécution dont --baseline donne l&apos;identifiant. S&apos;il n&apos;y en a aucune, la raison donnée par le serveur pour chaque candidate est affichée et le code de sortie est 0. Les serveurs jusqu&apos;à 2023 ne proposent aucune candidate&#xa0;: seul --baseline RUN_ID y fonctionne.

Avec --fail-on, le code de sortie est 8 quand la comparaison montre ce que l&apos;option désigne&#xa0;: une tâche de CI échoue sur une régression. Si GITHUB_STEP_SUMMARY est définie (GitHub Actions), le résumé Markdown est ajouté à ce fichier, quel que soit --format.</translation>
    </message>
    <message>
        <source>The baseline: parent, fork_point, latest_default (a candidate the server names), or a run id. Default: the first candidate that exists, in that order.</source>
        <translation>La référence&#xa0;: parent, fork_point, latest_default (une candidate proposée par le serveur) ou un identifiant d&apos;exécution. Par défaut&#xa0;: la première candidate qui existe, dans cet ordre.</translation>
    </message>
    <message>
        <source>Call a change larger than PERCENT a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Qualifier de régression ou d&apos;amélioration une variation supérieure à PERCENT (transmis au serveur, dont la valeur par défaut est 5).</translation>
    </message>
    <message>
        <source>Call a lookback z-score beyond Z a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Qualifier de régression ou d&apos;amélioration un score z rétrospectif au-delà de Z (transmis au serveur, dont la valeur par défaut est 5).</translation>
    </message>
    <message>
        <source>Print the comparison as text (default), markdown (a summary for a pull-request comment) or json.</source>
        <translation>Afficher la comparaison au format text (par défaut), markdown (un résumé pour un commentaire de pull request) ou json.</translation>
    </message>
    <message>
        <source>Exit with status 8 when the comparison shows a regression, an error, any of those or a missing benchmark (any), or never (default).</source>
        <translation>Sortir avec le code 8 quand la comparaison montre une régression (regression), une erreur (error), l&apos;une ou l&apos;autre ou un benchmark manquant (any), ou jamais (never, par défaut).</translation>
    </message>
    <message>
        <source>Read the comparison N benchmarks a page (default: the server&apos;s).</source>
        <translation>Lire la comparaison par pages de N benchmarks (par défaut&#xa0;: la taille de page du serveur).</translation>
    </message>
    <message>
        <source>The run to compare (default: the run started here, else the one &quot;finish run&quot; finished last here).</source>
        <translation>L&apos;exécution à comparer (par défaut&#xa0;: l&apos;exécution démarrée ici, sinon la dernière que &quot;finish run&quot; a terminée ici).</translation>
    </message>
    <message>
        <source>Give one run id; got %1 (see benchconnect compare run --help).</source>
        <translation>Fournir un seul identifiant d&apos;exécution&#xa0;; nombre fourni&#xa0;: %1 (voir benchconnect compare run --help).</translation>
    </message>
    <message>
        <source>No run to compare: give its id (benchconnect compare run RUN_ID), or run this where &quot;start run&quot; or &quot;finish run&quot; ran.</source>
        <translation>Aucune exécution à comparer&#xa0;: fournir son identifiant (benchconnect compare run RUN_ID), ou lancer cette commande là où &quot;start run&quot; ou &quot;finish run&quot; a été exécuté.</translation>
    </message>
    <message>
        <source>Run %1 was sent to %2, not to %3; comparing it on %3.</source>
        <translation>L&apos;exécution %1 a été envoyée à %2, et non à %3&#xa0;; comparaison sur %3.</translation>
    </message>
    <message>
        <source>--threshold &quot;%1&quot; is not a positive number of percent.</source>
        <translation>--threshold &quot;%1&quot; n&apos;est pas un pourcentage positif.</translation>
    </message>
    <message>
        <source>--threshold-z &quot;%1&quot; is not a positive number.</source>
        <translation>--threshold-z &quot;%1&quot; n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>--page-size &quot;%1&quot; is not a number from 1 to 1000.</source>
        <translation>--page-size &quot;%1&quot; n&apos;est pas un nombre de 1 à 1000.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not one of text, markdown, json.</source>
        <translation>--%1 &quot;%2&quot; n&apos;est pas l&apos;une des valeurs text, markdown, json.</translation>
    </message>
    <message>
        <source>--fail-on &quot;%1&quot; is not one of regression, error, any, never.</source>
        <translation>--fail-on &quot;%1&quot; n&apos;est pas l&apos;une des valeurs regression, error, any, never.</translation>
    </message>
    <message>
        <source>GITHUB_STEP_SUMMARY: cannot append to %1: %2</source>
        <translation>GITHUB_STEP_SUMMARY&#xa0;: impossible d&apos;ajouter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing compared: run %1 has no baseline.</source>
        <translation>Rien n&apos;a été comparé&#xa0;: l&apos;exécution %1 n&apos;a pas de référence.</translation>
    </message>
    <message>
        <source>Regressions found (--fail-on %1): %2.</source>
        <translation>Régressions détectées (--fail-on %1)&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>The run to compare (the last one submitted)</source>
        <translation>L&apos;exécution à comparer (la dernière soumise)</translation>
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
        <translation>Une référence candidate proposée par le serveur, ou saisir l&apos;identifiant d&apos;une exécution de référence</translation>
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
        <translation>Relire la comparaison sur le serveur (ses scores z changent à mesure que l&apos;historique s&apos;enrichit)</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>Filtrer les benchmarks</translation>
    </message>
    <message>
        <source>Submit a run, or enter a run&apos;s id, then compare it with its baseline.</source>
        <translation>Soumettre une exécution, ou saisir l&apos;identifiant d&apos;une exécution, puis la comparer avec sa référence.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Exécution&#xa0;:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Seuil&#xa0;:</translation>
    </message>
    <message>
        <source>z:</source>
        <translation>z&#xa0;:</translation>
    </message>
    <message>
        <source>Enter the id of the run to compare.</source>
        <translation>Saisir l&apos;identifiant de l&apos;exécution à comparer.</translation>
    </message>
    <message>
        <source>Set the server first.</source>
        <translation>Définir d&apos;abord le serveur.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Comparing run %1…</source>
        <translation>Comparaison de l&apos;exécution %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Aucune&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>L&apos;exécution %1 n&apos;a pas de référence à laquelle se comparer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2: %3.</source>
        <translation>Exécution %1 comparée à l&apos;exécution de référence %2&#xa0;: %3.</translation>
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
        <translation>Lecture de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Run %1 is not on the server (404): check the run id.</source>
        <translation>L&apos;exécution %1 n&apos;est pas sur le serveur (404)&#xa0;: vérifier l&apos;identifiant de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Run %1 could not be read: %2</source>
        <translation>L&apos;exécution %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The baseline run %1 is not on the server (404): check the id given with --baseline.</source>
        <translation>L&apos;exécution de référence %1 n&apos;est pas sur le serveur (404)&#xa0;: vérifier l&apos;identifiant fourni avec --baseline.</translation>
    </message>
    <message>
        <source>The baseline run %1 could not be read: %2</source>
        <translation>L&apos;exécution de référence %1 n&apos;a pas pu être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline&apos;s run id with --baseline RUN_ID.</source>
        <translation>ce serveur Conbench (2023 ou antérieur) ne propose pas d&apos;exécutions de référence candidates&#xa0;; fournir l&apos;identifiant de l&apos;exécution de référence avec --baseline RUN_ID.</translation>
    </message>
    <message>
        <source>no baseline run found</source>
        <translation>aucune exécution de référence trouvée</translation>
    </message>
    <message>
        <source>the server named no candidate baseline runs</source>
        <translation>le serveur n&apos;a proposé aucune exécution de référence candidate</translation>
    </message>
    <message>
        <source>the server named no %1 candidate</source>
        <translation>le serveur n&apos;a proposé aucune candidate %1</translation>
    </message>
    <message>
        <source>Reading page %1 of the comparison</source>
        <translation>Lecture de la page %1 de la comparaison</translation>
    </message>
    <message>
        <source>The server has no comparison of runs %1 and %2 (404): %3</source>
        <translation>Le serveur n&apos;a pas de comparaison des exécutions %1 et %2 (404)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>La comparaison n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s comparison is not in a form Conbench answers with.</source>
        <translation>La comparaison du serveur n&apos;a pas la forme d&apos;une réponse Conbench.</translation>
    </message>
    <message>
        <source>The server&apos;s comparison pages do not end (cursor %1 again).</source>
        <translation>Les pages de la comparaison du serveur ne s&apos;arrêtent pas (curseur %1 répété).</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare.</source>
        <translation>L&apos;exécution %1 ne contient aucun résultat sur le serveur&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>La comparaison a été annulée.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire&#xa0;: %2</translation>
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
Double-click to open the result&apos;s page: %2</source>
        <translation>%1
Double-cliquer pour ouvrir la page du résultat&#xa0;: %2</translation>
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
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>L&apos;exécution %1 n&apos;a pas de référence à laquelle se comparer&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2 (%3).</source>
        <translation>Exécution %1 comparée à l&apos;exécution de référence %2 (%3).</translation>
    </message>
    <message>
        <source>The two runs share no benchmarks.</source>
        <translation>Les deux exécutions n&apos;ont aucun benchmark en commun.</translation>
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
        <translation>Comparaison des benchmarks&#xa0;: pas de référence</translation>
    </message>
    <message>
        <source>Run `%1` has no baseline to compare with: %2</source>
        <translation>L&apos;exécution `%1` n&apos;a pas de référence à laquelle se comparer&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>Comparaison des benchmarks&#xa0;: %Ln régression</numerusform>
            <numerusform>Comparaison des benchmarks&#xa0;: %Ln régressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark comparison: no regressions</source>
        <translation>Comparaison des benchmarks&#xa0;: aucune régression</translation>
    </message>
    <message>
        <source>Run `%1` compared with baseline run `%2` (%3)</source>
        <translation>Exécution `%1` comparée à l&apos;exécution de référence `%2` (%3)</translation>
    </message>
    <message>
        <source>comparison on Conbench</source>
        <translation>comparaison sur Conbench</translation>
    </message>
    <message>
        <source>change threshold %1 %</source>
        <translation>seuil de variation %1&#xa0;%</translation>
    </message>
    <message>
        <source>the server&apos;s change threshold</source>
        <translation>le seuil de variation du serveur</translation>
    </message>
    <message>
        <source>z-score threshold %1</source>
        <translation>seuil du score z %1</translation>
    </message>
    <message>
        <source>the server&apos;s z-score threshold</source>
        <translation>le seuil du score z du serveur</translation>
    </message>
    <message>
        <source>A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).</source>
        <translation>Une variation ou un score z négatif est moins bon, selon la convention de signe de Conbench (plus lent, ou débit plus faible).</translation>
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
</context>
<context>
    <name>ConbenchAdapter</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
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
        <translation>arrêté avant que le serveur l&apos;ait confirmé</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation>le certificat TLS de %1 n&apos;est pas approuvé (%2)&#xa0;; fournir son certificat d&apos;AC avec --ca-bundle ou BENCHCONNECT_CA_BUNDLE, ou, seulement sur un réseau de confiance, utiliser --insecure</translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation>le serveur a refusé les identifiants de %1 (%2)</translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation>le serveur exige une identification (%1)&#xa0;; définir CONBENCH_EMAIL et CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation>le serveur a refusé la requête même après une nouvelle identification (%1)</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation>le serveur a redirigé %1 vers %2, redirection que benchconnect ne suit pas (les identifiants ne vont jamais vers un autre hôte)&#xa0;; donner à CONBENCH_URL l&apos;adresse qui répond</translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation>aucune réponse exploitable de %1 (tentatives&#xa0;: %2, répétées jusqu&apos;à l&apos;échéance de %3 s)&#xa0;; dernier problème&#xa0;: %4</translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation>impossible de lire les résultats de l&apos;exécution %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot check whether the server stored a result already (%1); sending it again.</source>
        <translation>Impossible de vérifier si le serveur a déjà enregistré un résultat (%1)&#xa0;; nouvel envoi.</translation>
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
        <translation>le réseau n&apos;est pas disponible</translation>
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
        <translation>%1 n&apos;a pas donné de réponse Conbench (%2) ; vérifier CONBENCH_URL et tout proxy ou page d&apos;identification réseau intermédiaire</translation>
    </message>
    <message>
        <source>the server ended the session right after logging in again (%1 answered %2); nothing more is sent. A proxy or load balancer in between may drop the session cookie; the results wait in the outbox</source>
        <translation>le serveur a mis fin à la session juste après une nouvelle identification (%1 a répondu %2) ; plus rien n&apos;est envoyé. Un proxy ou un répartiteur de charge intermédiaire perd peut-être le cookie de session ; les résultats attendent dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>pas de corps</translation>
    </message>
    <message>
        <source>no id of a stored result</source>
        <translation>pas d&apos;identifiant de résultat enregistré</translation>
    </message>
    <message>
        <source>cancelled after a failed attempt: %1</source>
        <translation>annulé après une tentative en échec : %1</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of %3 s allows (%4 s left); the results wait in the outbox, send them later with &quot;benchconnect outbox retry&quot; or allow more with --retry-deadline</source>
        <translation>%1 a demandé d&apos;attendre %2 s avant un nouvel essai (Retry-After), plus que ne le permet l&apos;échéance des nouvelles tentatives de %3 s (%4 s restantes) ; les résultats attendent dans la boîte d&apos;envoi, les envoyer plus tard avec &quot;benchconnect outbox retry&quot; ou accorder plus de temps avec --retry-deadline</translation>
    </message>
</context>
<context>
    <name>ConbenchSchema</name>
    <message>
        <source>%1 is not a GitHub repository URL (https://github.com/ORG/REPO)</source>
        <translation>%1 n&apos;est pas une URL de dépôt GitHub (https://github.com/ORG/REPO)</translation>
    </message>
    <message>
        <source>is empty (give the commit&apos;s hash, or leave the field out)</source>
        <translation>est vide (indiquer le hash du commit, ou omettre le champ)</translation>
    </message>
    <message>
        <source>missing (give machine_info or cluster_info)</source>
        <translation>manquant (indiquer machine_info ou cluster_info)</translation>
    </message>
    <message>
        <source>given together with machine_info (give only one of them)</source>
        <translation>fourni en même temps que machine_info (n&apos;en fournir qu&apos;un seul)</translation>
    </message>
    <message>
        <source>%1 is not an object of strings</source>
        <translation>%1 n&apos;est pas un objet de chaînes</translation>
    </message>
    <message>
        <source>holds an empty key (keys must be non-empty strings)</source>
        <translation>contient une clé vide (les clés doivent être des chaînes non vides)</translation>
    </message>
    <message>
        <source>%1 is not a string (run_tags values must be strings)</source>
        <translation>%1 n&apos;est pas une chaîne (les valeurs de run_tags doivent être des chaînes)</translation>
    </message>
    <message>
        <source>missing (give stats, or error for a benchmark that failed)</source>
        <translation>manquant (indiquer stats, ou error pour un benchmark qui a échoué)</translation>
    </message>
    <message>
        <source>missing (Conbench needs the benchmark&apos;s name there)</source>
        <translation>manquant (Conbench y attend le nom du benchmark)</translation>
    </message>
    <message>
        <source>%1 is an object or a list (tag values must be plain values)</source>
        <translation>%1 est un objet ou une liste (les valeurs d&apos;étiquette doivent être des valeurs simples)</translation>
    </message>
    <message>
        <source>%1 is not a unit Conbench accepts (%2)</source>
        <translation>%1 n&apos;est pas une unité acceptée par Conbench (%2)</translation>
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
        <translation>%1 n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1: NaN and infinity are not allowed</source>
        <translation>%1&#xa0;: NaN et l&apos;infini ne sont pas autorisés</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)</source>
        <translation>%1 n&apos;est pas une date et heure ISO 8601 (2026-01-31T12:00:00+00:00)</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 n&apos;est pas une adresse électronique</translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message>
        <source>%1: the file is larger than %L2 MiB</source>
        <translation>%1&#xa0;: le fichier dépasse %L2&#xa0;MiB</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>Criterion&apos;s output is a folder: give target/criterion (or a folder inside it)</source>
        <translation>la sortie de Criterion est un dossier&#xa0;: fournir target/criterion (ou un dossier qu&apos;il contient)</translation>
    </message>
    <message>
        <source>no benchmark in the folder (Criterion writes &lt;benchmark&gt;/new/benchmark.json)</source>
        <translation>aucun benchmark dans le dossier (Criterion écrit &lt;benchmark&gt;/new/benchmark.json)</translation>
    </message>
    <message>
        <source>%1: no &quot;group_id&quot;</source>
        <translation>%1&#xa0;: pas de &quot;group_id&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;iters&quot; and &quot;times&quot; differ in length</source>
        <translation>%1&#xa0;: &quot;iters&quot; et &quot;times&quot; n&apos;ont pas la même longueur</translation>
    </message>
    <message>
        <source>Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json are missing or empty)</source>
        <translation>Criterion n&apos;a enregistré aucune mesure pour %1 (new/sample.json et new/estimates.json sont absents ou vides)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln benchmark n&apos;a pas de new/sample.json&#xa0;; son estimation de la moyenne tient lieu de données.</numerusform>
            <numerusform>%Ln benchmarks n&apos;ont pas de new/sample.json&#xa0;; leur estimation de la moyenne tient lieu de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rust Criterion&apos;s target/criterion folder</source>
        <translation>Dossier target/criterion de Criterion (Rust)</translation>
    </message>
</context>
<context>
    <name>CustomAdapter</name>
    <message>
        <source>not github-action-benchmark JSON: it is not a list of {&quot;name&quot;, &quot;unit&quot;, &quot;value&quot;}</source>
        <translation>pas du JSON github-action-benchmark : ce n&apos;est pas une liste de {&quot;name&quot;, &quot;unit&quot;, &quot;value&quot;}</translation>
    </message>
    <message>
        <source>entry %1 has no &quot;name&quot; or no numeric &quot;value&quot;</source>
        <translation>l&apos;entrée %1 n&apos;a pas de &quot;name&quot; ou pas de &quot;value&quot; numérique</translation>
    </message>
    <message>
        <source>%1: the unit &quot;%2&quot; has no Conbench unit (s, ns, B/s, i/s); left out.</source>
        <translation>%1 : l&apos;unité &quot;%2&quot; n&apos;a pas d&apos;équivalent Conbench (s, ns, B/s, i/s) ; entrée omise.</translation>
    </message>
    <message>
        <source>github-action-benchmark&apos;s custom JSON ([{&quot;name&quot;, &quot;unit&quot;, &quot;value&quot;}])</source>
        <translation>JSON personnalisé de github-action-benchmark ([{&quot;name&quot;, &quot;unit&quot;, &quot;value&quot;}])</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation>Envoie des résultats de benchmark à un serveur Conbench&#xa0;: complète leurs valeurs par défaut (machine, commit, horodatages), démarre et termine des exécutions, et envoie les résultats, en gardant chaque résultat dans une boîte d&apos;envoi jusqu&apos;à ce que le serveur l&apos;ait confirmé.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>the work was done only in part (some results were not accepted)</source>
        <translation>le travail n&apos;a été fait qu&apos;en partie (des résultats n&apos;ont pas été acceptés)</translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation>sous-commande inconnue, option ou valeur d&apos;option incorrecte</translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation>pas d&apos;entrée, un fichier illisible, du JSON non valide ou un champ inutilisable</translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation>une variable CONBENCH_* manque ou n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation>le serveur a refusé la requête ou les identifiants</translation>
    </message>
    <message>
        <source>the run&apos;s state file is missing, exists already, or disagrees with the input</source>
        <translation>le fichier d&apos;état de l&apos;exécution manque, existe déjà ou contredit l&apos;entrée</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation>interrompu (Ctrl-C)&#xa0;; rien de ce qui a été accepté n&apos;est perdu</translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation>Durée en secondes des nouvelles tentatives d&apos;une requête (1800 par défaut).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation>Un fichier PEM de certificats d&apos;AC à approuver en plus.</translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation>Le répertoire de la boîte d&apos;envoi (~/.local/share/benchconnect/outbox par défaut).</translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation>Requêtes simultanées lors de l&apos;envoi des résultats (4 par défaut).</translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation>Utilisation&#xa0;: benchconnect SOUS-COMMANDE [options]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Sous-commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run &quot;benchconnect SUBCOMMAND --help&quot; for the options of each.</source>
        <translation>Lancer &quot;benchconnect SOUS-COMMANDE --help&quot; pour les options de chacune.</translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation>Usage typique dans une tâche de CI&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
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
        <translation>Code de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to &quot;post result&quot; or &quot;post run&quot;.</source>
        <translation>Complète les valeurs par défaut des résultats ou des exécutions (machine, commit, horodatages, identifiants) et les affiche en NDJSON, un objet par ligne, sans contacter de serveur. La sortie peut être redirigée vers &quot;post result&quot; ou &quot;post run&quot;.</translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation>Envoie des résultats ou des exécutions au serveur Conbench exactement tels quels, sans compléter les valeurs par défaut. Les résultats passent par la boîte d&apos;envoi&#xa0;: aucun n&apos;est perdu si le serveur échoue.</translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the &quot;id&quot; of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation>Met à jour des exécutions sur le serveur Conbench&#xa0;: le champ &quot;id&quot; de chaque exécution va dans l&apos;URL, ses autres champs (comme finished_timestamp) dans le corps.</translation>
    </message>
    <message>
        <source>The run workflow: &quot;start run&quot; creates a run and writes the state file, &quot;submit result&quot; adds results to it, &quot;finish run&quot; ends it and removes the state file.</source>
        <translation>Le déroulement d&apos;une exécution&#xa0;: &quot;start run&quot; crée une exécution et écrit le fichier d&apos;état, &quot;submit result&quot; y ajoute des résultats, &quot;finish run&quot; la termine et supprime le fichier d&apos;état.</translation>
    </message>
    <message>
        <source>Every result that &quot;submit result&quot; or &quot;post result&quot; accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation>Chaque résultat accepté par &quot;submit result&quot; ou &quot;post result&quot; attend dans la boîte d&apos;envoi jusqu&apos;à ce que le serveur l&apos;ait confirmé. Ces sous-commandes affichent, envoient et retirent ce qui y attend.</translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation>Utilisation&#xa0;: benchconnect %1 SOUS-COMMANDE [options]</translation>
    </message>
    <message>
        <source>Run &quot;benchconnect %1 --help&quot; for the input, options and examples of each (for example &quot;benchconnect %2 --help&quot;), and &quot;benchconnect --help&quot; for every subcommand, the environment and the exit status.</source>
        <translation>Lancer &quot;benchconnect %1 --help&quot; pour l&apos;entrée, les options et les exemples de chacune (par exemple &quot;benchconnect %2 --help&quot;), et &quot;benchconnect --help&quot; pour toutes les sous-commandes, l&apos;environnement et le code de sortie.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. The subcommands are: %2. See benchconnect --help.</source>
        <translation>Sous-commande inconnue &quot;%1&quot;. Les sous-commandes sont&#xa0;: %2. Voir benchconnect --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;. &quot;%1&quot; takes one of: %3 (see benchconnect %1 --help).</source>
        <translation>Sous-commande inconnue &quot;%1 %2&quot;. &quot;%1&quot; attend l&apos;une des sous-commandes&#xa0;: %3 (voir benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline, or what answered was not Conbench</source>
        <translation>le serveur n&apos;a pas répondu avant l&apos;échéance des nouvelles tentatives, ou ce qui a répondu n&apos;était pas Conbench</translation>
    </message>
    <message>
        <source>the outbox could not be written or read (disk full, permissions)</source>
        <translation>la boîte d&apos;envoi n&apos;a pas pu être écrite ou lue (disque plein, permissions)</translation>
    </message>
    <message>
        <source>Turns the output files of benchmark tools (Google Benchmark, hyperfine, github-action-benchmark&apos;s JSON, Conbench&apos;s own JSON) into Conbench results, with their defaults filled in, and prints them as NDJSON, without talking to a server.</source>
        <translation>Convertit les fichiers de sortie d&apos;outils de benchmark (Google Benchmark, hyperfine, JSON de github-action-benchmark, JSON propre à Conbench) en résultats Conbench, avec leurs valeurs par défaut complétées, et les affiche en NDJSON, sans contacter de serveur.</translation>
    </message>
    <message>
        <source>regressions found: compare --fail-on (or --compare) found what it names in the comparison</source>
        <translation>régressions détectées&#xa0;: compare --fail-on (ou --compare) a trouvé dans la comparaison ce que l&apos;option désigne</translation>
    </message>
    <message>
        <source>Compares a run with its baseline run on the Conbench server and prints which benchmarks regressed; with --fail-on it fails a CI job on a regression (exit status 8).</source>
        <translation>Compare une exécution avec son exécution de référence sur le serveur Conbench et affiche les benchmarks en régression&#xa0;; avec --fail-on, fait échouer une tâche de CI en cas de régression (code de sortie 8).</translation>
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
        <translation>Terminer l&apos;exécution démarrée et supprimer le fichier d&apos;état.</translation>
    </message>
    <message>
        <source>run update</source>
        <translation>mise à jour d&apos;exécution</translation>
    </message>
    <message>
        <source>The JSON names run &quot;%1&quot; but the run started here is &quot;%2&quot;.</source>
        <translation>Le JSON désigne l&apos;exécution &quot;%1&quot; mais l&apos;exécution démarrée ici est &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;finish run&quot; takes only %1; the JSON holds &quot;%2&quot;.</source>
        <translation>&quot;finish run&quot; n&apos;accepte que %1&#xa0;; le JSON contient &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation>error_type et error_info ne peuvent pas y être enregistrés&#xa0;; le fichier d&apos;état est supprimé.</translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation>Le fichier d&apos;état est supprimé.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation>L&apos;exécution n&apos;a pas été terminée&#xa0;: %1 (le fichier d&apos;état est conservé&#xa0;; réessayer)</translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an error). The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent; standard input is read only when &quot;-&quot; is given. Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation>Marque comme terminée l&apos;exécution démarrée ici : envoie finished_timestamp (maintenant, sauf s&apos;il est fourni), ainsi que error_type, error_info et info s&apos;ils sont fournis, à PUT /api/runs/ID/ avec l&apos;identifiant lu dans benchconnect-state.json, sur le serveur où l&apos;exécution a été démarrée (une autre valeur de CONBENCH_URL est une erreur). Le fichier d&apos;état est supprimé une fois que le serveur a accepté la requête.

Sans entrée JSON, seul finished_timestamp est envoyé ; l&apos;entrée standard n&apos;est lue que si &quot;-&quot; est fourni. Les serveurs depuis fin 2023 gèrent les exécutions implicitement : ils répondent 405, ce qui est signalé une fois, et le fichier d&apos;état est supprimé malgré tout.</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>the watch journal cannot be written</source>
        <translation>impossible d&apos;écrire le registre de surveillance</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the folder holds no result files</source>
        <translation>le dossier ne contient aucun fichier de résultats</translation>
    </message>
    <message>
        <source>the server refused the run: %1</source>
        <translation>le serveur a refusé l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>another process is sending its results</source>
        <translation>un autre processus envoie ses résultats</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>le serveur n&apos;a pas pu être joint</translation>
    </message>
    <message>
        <source>the server refused to finish the run: %1</source>
        <translation>le serveur a refusé de terminer l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>refusé par le serveur&#xa0;: %1</translation>
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
        <translation>%1&#xa0;: pas un répertoire&#xa0;; fournir le dossier dans lequel les bancs de test écrivent leurs résultats.</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent; sending it again as a new run (--resend-changed).</source>
        <translation>%1&#xa0;: ses fichiers ont changé après son envoi&#xa0;; nouvel envoi comme nouvelle exécution (--resend-changed).</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent as run %2; it is not sent again (give --resend-changed to send it as a new run).</source>
        <translation>%1&#xa0;: ses fichiers ont changé après son envoi comme exécution %2&#xa0;; il n&apos;est pas renvoyé (fournir --resend-changed pour l&apos;envoyer comme nouvelle exécution).</translation>
    </message>
    <message>
        <source>the folder was removed before its results were read</source>
        <translation>le dossier a été supprimé avant la lecture de ses résultats</translation>
    </message>
    <message>
        <source>%1: not sent now (%2); it waits and is sent when the server can be reached.</source>
        <translation>%1&#xa0;: pas envoyé pour l&apos;instant (%2)&#xa0;; il attend et sera envoyé quand le serveur sera joignable.</translation>
    </message>
    <message>
        <source>%1: %2; stopping.</source>
        <translation>%1&#xa0;: %2&#xa0;; arrêt.</translation>
    </message>
    <message>
        <source>%1: sent, but it could not be moved to %2; it stays where it is.</source>
        <translation>%1&#xa0;: envoyé, mais impossible de le déplacer vers %2&#xa0;; il reste où il est.</translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message>
        <source>not Google Benchmark JSON: it has no &quot;context&quot; object and &quot;benchmarks&quot; list</source>
        <translation>pas du JSON Google Benchmark : il n&apos;a pas l&apos;objet &quot;context&quot; et la liste &quot;benchmarks&quot; attendus</translation>
    </message>
    <message>
        <source>%1: unknown time_unit &quot;%2&quot;</source>
        <translation>%1 : time_unit &quot;%2&quot; inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>%Ln ligne d&apos;agrégat (mean, median, stddev, cv, BigO, RMS) n&apos;est pas un résultat ; les répétitions qu&apos;elle résume le sont.</numerusform>
            <numerusform>%Ln lignes d&apos;agrégat (mean, median, stddev, cv, BigO, RMS) ne sont pas des résultats ; les répétitions qu&apos;elles résument le sont.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters %1 have no Conbench unit; they are kept in info.</source>
        <translation>Les compteurs %1 n&apos;ont pas d&apos;unité Conbench ; ils sont conservés dans info.</translation>
    </message>
    <message>
        <source>Google Benchmark JSON (--benchmark_format=json)</source>
        <translation>JSON Google Benchmark (--benchmark_format=json)</translation>
    </message>
</context>
<context>
    <name>GitCheckout</name>
    <message>
        <source>git is not installed (not found in PATH); the checkout in %1 is not read.</source>
        <translation>git n&apos;est pas installé (introuvable dans PATH)&#xa0;; la copie de travail de %1 n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n&apos;est pas un répertoire.</translation>
    </message>
    <message>
        <source>git (%1) could not be started.</source>
        <translation>git (%1) n&apos;a pas pu être lancé.</translation>
    </message>
    <message>
        <source>git did not answer within %L1 s in %2; the checkout is not read.</source>
        <translation>git n&apos;a pas répondu en %L1&#xa0;s dans %2&#xa0;; la copie de travail n&apos;est pas lue.</translation>
    </message>
    <message>
        <source>%1 is not in a git checkout.</source>
        <translation>%1 n&apos;est pas dans une copie de travail git.</translation>
    </message>
    <message>
        <source>git could not read the checkout in %1: %2</source>
        <translation>git n&apos;a pas pu lire la copie de travail de %1&#xa0;: %2</translation>
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
        <translation>La copie de travail git de %1 n&apos;a encore aucun commit.</translation>
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
        <translation>git n&apos;a pas indiqué le dépôt distant origin en %L1&#xa0;s.</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no origin remote.</source>
        <translation>La copie de travail git de %1 n&apos;a pas de dépôt distant origin.</translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>Impossible de lancer git (%1)&#xa0;; est-il installé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation>%1 n&apos;est pas une copie de travail git avec un commit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GoAdapter</name>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>ligne %1&#xa0;: JSON non valide (%2)</translation>
    </message>
    <message>
        <source>not go test -json output: it has no output events</source>
        <translation>pas une sortie de go test -json&#xa0;: aucun événement output</translation>
    </message>
    <message>
        <source>the benchmark failed</source>
        <translation>le benchmark a échoué</translation>
    </message>
    <message>
        <source>Skipped, so not results: %1.</source>
        <translation>Ignorés, donc pas des résultats&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The metrics %1 have no Conbench unit; they are kept in info.</source>
        <translation>Les métriques %1 n&apos;ont pas d&apos;unité Conbench&#xa0;; elles sont conservées dans info.</translation>
    </message>
    <message>
        <source>not go test -bench output: it has no benchmark lines</source>
        <translation>pas une sortie de go test -bench&#xa0;: aucune ligne de benchmark</translation>
    </message>
    <message>
        <source>Go benchmarks (go test -bench, text or -json)</source>
        <translation>Benchmarks Go (go test -bench, texte ou -json)</translation>
    </message>
</context>
<context>
    <name>HyperfineAdapter</name>
    <message>
        <source>not hyperfine JSON: it has no &quot;results&quot; list</source>
        <translation>pas du JSON hyperfine : il n&apos;a pas de liste &quot;results&quot;</translation>
    </message>
    <message>
        <source>a result has no &quot;command&quot;</source>
        <translation>un résultat n&apos;a pas de &quot;command&quot;</translation>
    </message>
    <message>
        <source>the command exited with a non-zero status in %L1 of %L2 runs</source>
        <translation>la commande s&apos;est terminée avec un code non nul lors de %L1 exécutions sur %L2</translation>
    </message>
    <message>
        <source>%1: no run times</source>
        <translation>%1 : aucune durée d&apos;exécution</translation>
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
        <source>NDJSON line %1: %2</source>
        <translation>ligne NDJSON %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>NDJSON line %1</source>
        <translation>ligne NDJSON %1</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
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
        <source>%1: no such file or directory</source>
        <translation>%1&#xa0;: aucun fichier ou répertoire de ce nom</translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation>%1&#xa0;: impossible de lire le répertoire</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1&#xa0;: impossible de lire le fichier</translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation>%1&#xa0;: le répertoire ne contient aucun fichier *.json</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path a reçu une valeur vide.</translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation>Plusieurs entrées fournies&#xa0;; utilisation de --json, sans tenir compte de %1.</translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation>l&apos;argument NDJSON et --path</translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation>l&apos;argument NDJSON</translation>
    </message>
    <message>
        <source>--path</source>
        <translation>--path</translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation>Plusieurs entrées fournies&#xa0;; utilisation de l&apos;argument NDJSON, sans tenir compte de --path.</translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation>L&apos;entrée standard n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No input: give --json &apos;{...}&apos;, --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation>Aucune entrée&#xa0;: fournir --json &apos;{...}&apos;, --path FILE_OR_DIRECTORY, du NDJSON en argument, ou envoyer du NDJSON sur l&apos;entrée standard.</translation>
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
        <translation>%1 dépasse les %2 autorisés pour un objet d&apos;entrée</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that one input object may take</source>
        <translation>%1 fait %2, plus que les %3 autorisés pour un objet d&apos;entrée</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (a number must fit a double: at most about 1.8e308 in size, and 0 or at least about 2.2e-308)</source>
        <translation>%1 : le nombre %2 est hors limites (un nombre doit tenir dans un double : au plus environ 1.8e308 en valeur absolue, et 0 ou au moins environ 2.2e-308)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>invalid JSON %1</source>
        <translation>JSON non valide %1</translation>
    </message>
    <message>
        <source>%1: a symbolic link loop; nothing can be read through it</source>
        <translation>%1 : boucle de liens symboliques ; rien ne peut être lu à travers</translation>
    </message>
    <message>
        <source>%1: a dangling symbolic link (its target %2 does not exist)</source>
        <translation>%1 : lien symbolique cassé (sa cible %2 n&apos;existe pas)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
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
        <translation>%1 est %2, pas un fichier ordinaire ; fournir un fichier ou un répertoire de fichiers (le NDJSON peut être envoyé sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>%1 is a directory; only the *.json files directly in %2 are read (not sub-directories)</source>
        <translation>%1 est un répertoire ; seuls les fichiers *.json situés directement dans %2 sont lus (pas les sous-répertoires)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 contient %Ln fichier *.json, plus de %L2&#xa0;; chacun est lu séparément, ce qui prend du temps. Est-ce le bon dossier&#xa0;?</numerusform>
            <numerusform>%1 contient %Ln fichiers *.json, plus de %L2&#xa0;; chacun est lu séparément, ce qui prend du temps. Est-ce le bon dossier&#xa0;?</numerusform>
        </translation>
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
        <translation>Tous les résultats trouvés&#xa0;; en sélectionner un pour voir le JSON qui sera envoyé</translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation>Sélectionner un résultat pour voir le JSON qui sera envoyé.</translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation>Le déroulement s&apos;affiche ici.</translation>
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
        <translation>Résultats lus&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>Results found: %L1.</source>
        <translation>Résultats trouvés&#xa0;: %L1.</translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation>Composer l&apos;exécution, déposer les dossiers de résultats, puis soumettre.</translation>
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
        <translation>&amp;Soumettre l&apos;exécution</translation>
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
        <translation>Boîte d&apos;&amp;envoi…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
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

Impossible de lire ce fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation>Ce résultat ne peut pas être envoyé avec l&apos;exécution telle que composée&#xa0;: %1

Tel que lu depuis %2&#xa0;:
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
        <translation>L&apos;exécution ne peut pas être envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation>Aucun résultat valide à envoyer.</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>Création de l&apos;exécution…</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>Envoyés&#xa0;: %v sur %m</translation>
    </message>
    <message>
        <source>%L1 of %L2 done, %L3 failed</source>
        <translation>Traités&#xa0;: %L1 sur %L2, en échec&#xa0;: %L3</translation>
    </message>
    <message>
        <source>%L1 of %L2 sent</source>
        <translation>Envoyés&#xa0;: %L1 sur %L2</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Ouvrir l&apos;exécution %2 sur %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Submitting results: %L1…</source>
        <translation>Soumission des résultats&#xa0;: %L1…</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>Copié dans le presse-papiers&#xa0;:
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
            <numerusform>%Ln résultat d&apos;une session précédente attend dans la boîte d&apos;envoi ; le bouton de droite l&apos;envoie.</numerusform>
            <numerusform>%Ln résultats d&apos;une session précédente attendent dans la boîte d&apos;envoi ; le bouton de droite les envoie.</numerusform>
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
        <translation>Créer l&apos;exécution, envoyer ses résultats valides et la terminer</translation>
    </message>
    <message>
        <source>Stop loading, sending or testing; again to abandon the requests on the wire. What was not confirmed stays in the outbox</source>
        <translation>Arrêter le chargement, l&apos;envoi ou le test ; une seconde fois pour abandonner les requêtes en cours. Ce qui n&apos;a pas été confirmé reste dans la boîte d&apos;envoi</translation>
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
        <translation>Afficher les résultats en attente dans la boîte d&apos;envoi, les renvoyer ou les retirer</translation>
    </message>
    <message>
        <source>&amp;Send waiting results</source>
        <translation>Envoyer les résultats en &amp;attente</translation>
    </message>
    <message>
        <source>Send what waits in the outbox to the server set in the window</source>
        <translation>Envoyer ce qui attend dans la boîte d&apos;envoi au serveur défini dans la fenêtre</translation>
    </message>
    <message>
        <source>benchconnect &amp;help</source>
        <translation>&amp;Aide de benchconnect</translation>
    </message>
    <message>
        <source>Open the README (the user guide) in the web browser</source>
        <translation>Ouvrir le README (le guide de l&apos;utilisateur) dans le navigateur web</translation>
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
        <translation>Boîte d&apos;en&amp;voi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Opened the user guide: %1</source>
        <translation>Guide de l&apos;utilisateur ouvert : %1</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed; &quot;benchconnect --help&quot; describes the commands.</source>
        <translation>Le guide de l&apos;utilisateur (README.md) n&apos;est pas installé ; &quot;benchconnect --help&quot; décrit les commandes.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt and the underlined letter reaches each field; Tab goes from field to field.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt et la lettre soulignée mènent à chaque champ ; Tab passe d&apos;un champ à l&apos;autre.&lt;/p&gt;</translation>
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
            <numerusform>Boîte d&apos;&amp;envoi (%Ln)…</numerusform>
            <numerusform>Boîte d&apos;&amp;envoi (%Ln)…</numerusform>
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
        <translation>Des résultats de soumissions précédentes attendent dans la boîte d&apos;envoi ; cliquer pour les envoyer au serveur défini dans la fenêtre</translation>
    </message>
    <message>
        <source>sent from the outbox</source>
        <translation>envoyé depuis la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Quitter pendant l&apos;envoi ?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln résultat est encore en cours d&apos;envoi ; en cas de fermeture, il reste dans la boîte d&apos;envoi et Boîte d&apos;envoi… l&apos;enverra plus tard.</numerusform>
            <numerusform>%Ln résultats sont encore en cours d&apos;envoi ; en cas de fermeture, ils restent dans la boîte d&apos;envoi et Boîte d&apos;envoi… les enverra plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is still being sent; what was not confirmed stays in the outbox if you quit.</source>
        <translation>L&apos;exécution est encore en cours d&apos;envoi ; en cas de fermeture, ce qui n&apos;a pas été confirmé reste dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>&amp;Continuer l&apos;envoi</translation>
    </message>
    <message>
        <source>Add a folder of results</source>
        <translation>Ajouter un dossier de résultats</translation>
    </message>
    <message>
        <source>Results: %L1</source>
        <translation>Résultats : %L1</translation>
    </message>
    <message>
        <source>%L1 valid</source>
        <translation>valides : %L1</translation>
    </message>
    <message>
        <source>%L1 invalid</source>
        <translation>non valides : %L1</translation>
    </message>
    <message>
        <source>%L1 sent</source>
        <translation>envoyés : %L1</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>en échec : %L1</translation>
    </message>
    <message>
        <source>%L1 in the outbox</source>
        <translation>dans la boîte d&apos;envoi : %L1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>Annulé : %Ln envoyé</numerusform>
            <numerusform>Annulé : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>Terminé : %Ln envoyé</numerusform>
            <numerusform>Terminé : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>Envoi incomplet : %Ln envoyé</numerusform>
            <numerusform>Envoi incomplet : %Ln envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>, %Ln dans la boîte d&apos;envoi</numerusform>
            <numerusform>, %Ln dans la boîte d&apos;envoi</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; details in the Log.</source>
        <translation> ; détails dans le Journal.</translation>
    </message>
    <message>
        <source>Sending to the server profile &quot;%1&quot;.</source>
        <translation>Envoi au profil de serveur &quot;%1&quot;.</translation>
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
        <translation>Préférences enregistrées&#xa0;; profils de serveur&#xa0;: %1.</translation>
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
        <translation>Envoyer chaque sous-dossier terminé d&apos;un dossier de résultats comme une exécution, sans intervention</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation>boîte d&apos;envoi %1 #%2</translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory.</source>
        <translation>%1&#xa0;: impossible de créer le répertoire de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire dans la boîte d&apos;envoi&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation>%1&#xa0;: impossible de déplacer le lot dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation>%1&#xa0;: impossible de lire le répertoire de la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>The outbox holds no batch &quot;%1&quot; (see benchconnect outbox list).</source>
        <translation>La boîte d&apos;envoi ne contient aucun lot &quot;%1&quot; (voir benchconnect outbox list).</translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation>%1&#xa0;: impossible de lire le lot&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot record what the server did with a result: %2</source>
        <translation>%1 : impossible de consigner ce que le serveur a fait d&apos;un résultat : %2</translation>
    </message>
    <message>
        <source>%1: not a directory; cannot keep the outbox there.</source>
        <translation>%1 : pas un répertoire ; impossible d&apos;y placer la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>%1: the outbox directory is readable by others than its owner; the results in it are too (chmod 700 makes it private).</source>
        <translation>%1 : le répertoire de la boîte d&apos;envoi est lisible par d&apos;autres que son propriétaire ; les résultats qu&apos;il contient le sont aussi (chmod 700 le rend privé).</translation>
    </message>
    <message>
        <source>%1: the outbox directory is not writable by its owner; no results can be kept in it.</source>
        <translation>%1 : le répertoire de la boîte d&apos;envoi n&apos;est pas accessible en écriture à son propriétaire ; aucun résultat ne peut y être conservé.</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>verrouillage impossible</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>an empty file: it holds no results</source>
        <translation>fichier vide : il ne contient aucun résultat</translation>
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
            <numerusform>%Ln ligne est illisible et n&apos;est pas envoyée</numerusform>
            <numerusform>%Ln lignes sont illisibles et ne sont pas envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>tronqué : il manque %Ln résultat sur les %1 écrits à l&apos;origine</numerusform>
            <numerusform>tronqué : il manque %Ln résultats sur les %1 écrits à l&apos;origine</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished: the submission that wrote it stopped before it began sending; none of it was sent</source>
        <translation>inachevé : la soumission qui l&apos;a écrit s&apos;est arrêtée avant de commencer l&apos;envoi ; rien n&apos;en a été envoyé</translation>
    </message>
    <message>
        <source>the journal of a batch that is gone; it holds no results</source>
        <translation>journal d&apos;un lot disparu ; il ne contient aucun résultat</translation>
    </message>
    <message>
        <source>not a file of the outbox; left alone</source>
        <translation>pas un fichier de la boîte d&apos;envoi ; laissé tel quel</translation>
    </message>
    <message>
        <source>Batch %1 is being sent or written by another process; not dropped.</source>
        <translation>Le lot %1 est en cours d&apos;envoi ou d&apos;écriture par un autre processus ; il n&apos;est pas retiré.</translation>
    </message>
    <message>
        <source>%1: cannot remove the batch.</source>
        <translation>%1 : impossible de retirer le lot.</translation>
    </message>
    <message>
        <source>%1: cannot remove the file.</source>
        <translation>%1 : impossible de supprimer le fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).</source>
        <translation>%1 n&apos;est pas un fichier de la boîte d&apos;envoi ; laissé tel quel (le supprimer soi-même s&apos;il n&apos;est pas utile).</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not changed.</source>
        <translation>Le lot %1 est en cours d&apos;envoi par un autre processus ; il n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 removes it).</source>
        <translation>Le lot %1 ne contient aucun résultat ; il n&apos;y a rien à envoyer (benchconnect outbox drop %1 le retire).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a run id.</source>
        <translation>&quot;%1&quot; n&apos;est pas un identifiant d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that &quot;submit result&quot; or &quot;post result&quot; accepts is written to the outbox before it is sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there. A result the server refused as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: &quot;outbox retry&quot; does not send it again, &quot;outbox list&quot; shows the server&apos;s reason, &quot;outbox drop&quot; removes it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can still be read from it, and &quot;outbox drop&quot; removes it.</source>
        <translation>Chaque résultat accepté par &quot;submit result&quot; ou &quot;post result&quot; est écrit dans la boîte d&apos;envoi avant d&apos;être envoyé, avec le fichier ou la ligne NDJSON d&apos;où il provient, et n&apos;en sort que lorsque le serveur l&apos;a confirmé. Ce qu&apos;une soumission échouée, interrompue ou tuée n&apos;a pas livré y reste. Un résultat que le serveur a refusé tel quel (400 Bad Request : unité inconnue, champ manquant) est mis à part comme refusé : &quot;outbox retry&quot; ne le renvoie pas, &quot;outbox list&quot; affiche la raison donnée par le serveur, &quot;outbox drop&quot; le retire. Chaque fichier du répertoire de la boîte d&apos;envoi est pris en compte : un lot endommagé est listé avec ce qui peut encore en être lu, et &quot;outbox drop&quot; le retire.</translation>
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
        <translation>Boîte d&apos;envoi</translation>
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
        <translation>Les résultats attendent ici que le serveur les confirme&#xa0;: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La boîte d&apos;envoi est vide.</translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation>Définir d&apos;abord le serveur dans la fenêtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation>Rien n&apos;attend pour %1.</translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation>Lecture de ce que %1 contient déjà…</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Rien n&apos;a été envoyé, car envoyer sans savoir ce que contient le serveur pourrait enregistrer des résultats en double&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation>Retirer de la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Send the waiting results of the selected batches (all of them when none is selected) to the server set in the window; results the server holds already are not sent again</source>
        <translation>Envoyer au serveur indiqué dans la fenêtre les résultats en attente des lots sélectionnés (tous si aucun n&apos;est sélectionné)&#xa0;; les résultats que le serveur détient déjà ne sont pas renvoyés</translation>
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
        <translation>inachevé&#xa0;: écrit par une soumission arrêtée avant l&apos;envoi&#xa0;; Retirer le supprime</translation>
    </message>
    <message>
        <source>leftover file: %1</source>
        <translation>fichier résiduel&#xa0;: %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Results waiting: %L1, in batches: %L2.</source>
        <translation>Résultats en attente&#xa0;: %L1, en lots&#xa0;: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur est mis à part et n&apos;est pas renvoyé&#xa0;; le corriger et le soumettre à nouveau, puis retirer son lot.</numerusform>
            <numerusform>%Ln résultats refusés par le serveur sont mis à part et ne sont pas renvoyés&#xa0;; les corriger et les soumettre à nouveau, puis retirer leurs lots.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown server (damaged header)</source>
        <translation>un serveur inconnu (en-tête endommagé)</translation>
    </message>
    <message>
        <source>Nothing waits for %1. Results wait for %2: select their batches and press Retry to send them to %1.</source>
        <translation>Rien n&apos;attend pour %1. Des résultats attendent pour %2&#xa0;: sélectionner leurs lots et cliquer sur Réessayer pour les envoyer à %1.</translation>
    </message>
    <message>
        <source>Send to another server</source>
        <translation>Envoyer à un autre serveur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>%Ln des lots sélectionnés a été créé pour %1. L&apos;envoyer plutôt à %2&#xa0;? Il sera alors marqué comme destiné à %2&#xa0;; ce que %2 détient déjà est d&apos;abord recherché et n&apos;est pas renvoyé.</numerusform>
            <numerusform>%Ln des lots sélectionnés ont été créés pour %1. Les envoyer plutôt à %2&#xa0;? Ils seront alors marqués comme destinés à %2&#xa0;; ce que %2 détient déjà est d&apos;abord recherché et n&apos;est pas renvoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <source>Sent: %L1, failed: %L2.</source>
        <translation>Envoyés&#xa0;: %L1, en échec&#xa0;: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux était déjà enregistré et n&apos;a pas été renvoyé.</numerusform>
            <numerusform>%Ln d&apos;entre eux étaient déjà enregistrés et n&apos;ont pas été renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>Supprimer %Ln lot sans l&apos;envoyer&#xa0;? Ses résultats seront définitivement perdus.</numerusform>
            <numerusform>Supprimer %Ln lots sans les envoyer&#xa0;? Leurs résultats seront définitivement perdus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Exécution %1 terminée&#xa0;: tous ses résultats ont été livrés.</translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation>Retirer des lots de la boîte d&apos;envoi sans les envoyer.</translation>
    </message>
    <message>
        <source>The batches to remove, as &quot;outbox list&quot; names them.</source>
        <translation>Les lots à retirer, tels que &quot;outbox list&quot; les nomme.</translation>
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
        <source>Removes the named batches (see &quot;outbox list&quot;), or with --all every batch, from the outbox without sending them: waiting, refused and damaged ones alike, batches a killed submission left unfinished, and journals left without their batch. Their results are lost for good. Files that are not the outbox&apos;s are left alone.

</source>
        <translation>Retire de la boîte d&apos;envoi les lots nommés (voir &quot;outbox list&quot;), ou avec --all tous les lots, sans les envoyer : lots en attente, refusés ou endommagés, lots laissés inachevés par une soumission tuée, et journaux restés sans leur lot. Leurs résultats sont définitivement perdus. Les fichiers qui n&apos;appartiennent pas à la boîte d&apos;envoi sont laissés tels quels.

</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>%Ln lot retiré de la boîte d&apos;envoi.</numerusform>
            <numerusform>%Ln lots retirés de la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox holds no pending finish &quot;%1&quot; (see benchconnect outbox list).</source>
        <translation>La boîte d&apos;envoi ne contient pas de clôture en attente &quot;%1&quot; (voir benchconnect outbox list).</translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation>Lister les résultats en attente dans la boîte d&apos;envoi.</translation>
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
        <translation>dernier problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation>La boîte d&apos;envoi est vide (%1).</translation>
    </message>
    <message>
        <source>Lists the outbox&apos;s batches: their id, the server they are for, how many of their results are still waiting, when they were made, the results the server refused (with where they came from and the server&apos;s reason) and the last problems. Damaged batches are listed with what is wrong and what can be recovered (their readable lines); batches a killed submission left unfinished and other leftover files are listed too.

</source>
        <translation>Liste les lots de la boîte d&apos;envoi : leur identifiant, le serveur auquel ils sont destinés, combien de leurs résultats attendent encore, leur date de création, les résultats refusés par le serveur (avec leur provenance et la raison donnée par le serveur) et les derniers problèmes. Les lots endommagés sont listés avec ce qui ne va pas et ce qui peut être récupéré (leurs lignes lisibles) ; les lots laissés inachevés par une soumission tuée et les autres fichiers résiduels sont aussi listés.

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
        <translation>endommagé : %1</translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; &quot;benchconnect outbox retry&quot; sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>récupérable : %Ln résultat lisible ; &quot;benchconnect outbox retry&quot; envoie ceux en attente, les lignes endommagées restent dans le fichier</numerusform>
            <numerusform>récupérable : %Ln résultats lisibles ; &quot;benchconnect outbox retry&quot; envoie ceux en attente, les lignes endommagées restent dans le fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with &quot;benchconnect outbox retry --to-server URL %1&quot;</source>
        <translation>
            <numerusform>récupérable : %Ln résultat lisible ; l&apos;envoyer avec &quot;benchconnect outbox retry --to-server URL %1&quot;</numerusform>
            <numerusform>récupérable : %Ln résultats lisibles ; les envoyer avec &quot;benchconnect outbox retry --to-server URL %1&quot;</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>refusé : encore %Ln résultat</numerusform>
            <numerusform>refusés : encore %Ln résultats</numerusform>
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
        <translation>%1.finish  %2  la clôture de l&apos;exécution %1 attend&#xa0;: %3</translation>
    </message>
    <message>
        <source>its results are still in the outbox</source>
        <translation>ses résultats sont encore dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>its results were delivered; &quot;benchconnect outbox retry&quot; sends it</source>
        <translation>ses résultats ont été livrés&#xa0;; &quot;benchconnect outbox retry&quot; l&apos;envoie</translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation>Envoyer les résultats en attente dans la boîte d&apos;envoi.</translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation>N&apos;envoyer que ces lots (par défaut&#xa0;: tous ceux de CONBENCH_URL).</translation>
    </message>
    <message>
        <source>The outbox holds no batch &quot;%1&quot; (see benchconnect outbox list).</source>
        <translation>La boîte d&apos;envoi ne contient aucun lot &quot;%1&quot; (voir benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>Rien n&apos;a été envoyé, car envoyer sans savoir ce que contient le serveur pourrait enregistrer des résultats en double&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation>Le lot %1 est en cours d&apos;envoi par un autre processus&#xa0;; il est ignoré.</translation>
    </message>
    <message>
        <source>Sends the outbox&apos;s waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Server URLs match when they differ only in the case of the scheme or host, a default port or a trailing slash (localhost and 127.0.0.1 are different hosts). With --to-server URL the named batches (all waiting batches when none is named) are sent to that server instead and recorded as being for it from then on; the credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up there and not sent again, so each result is stored exactly once.

Not sent: results the server refused as they are (see &quot;outbox list&quot;), and damaged lines of a batch (its readable lines are sent). A batch whose header is damaged does not say which server it was for: it is sent only when named with --to-server URL.

</source>
        <translation>Envoie les résultats en attente dans la boîte d&apos;envoi pour le serveur de CONBENCH_URL (ou seulement les lots nommés en arguments). Les URL de serveur correspondent quand elles ne diffèrent que par la casse du schéma ou de l&apos;hôte, un port par défaut ou une barre oblique finale (localhost et 127.0.0.1 sont des hôtes différents). Avec --to-server URL, les lots nommés (tous les lots en attente si aucun n&apos;est nommé) sont envoyés à ce serveur à la place, et désormais marqués comme lui étant destinés ; les identifiants sont CONBENCH_EMAIL et CONBENCH_PASSWORD. Avant l&apos;envoi, les résultats déjà enregistrés sur le serveur (dont la réponse a été perdue, par exemple quand le processus a été tué) y sont recherchés et ne sont pas renvoyés : chaque résultat est ainsi enregistré exactement une fois.

Non envoyés : les résultats que le serveur a refusés tels quels (voir &quot;outbox list&quot;), et les lignes endommagées d&apos;un lot (ses lignes lisibles sont envoyées). Un lot dont l&apos;en-tête est endommagé n&apos;indique pas à quel serveur il était destiné : il n&apos;est envoyé que s&apos;il est nommé avec --to-server URL.

</translation>
    </message>
    <message>
        <source>Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after the server moved; the batches are recorded as being for URL.</source>
        <translation>Envoyer les lots au serveur Conbench à l&apos;adresse URL (au lieu de CONBENCH_URL), par exemple après un déménagement du serveur ; les lots sont alors marqués comme destinés à URL.</translation>
    </message>
    <message>
        <source>--to-server &quot;%1&quot; is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>--to-server &quot;%1&quot; n&apos;est pas une adresse http:// ou https:// avec un hôte, par exemple https://conbench.example.org.</translation>
    </message>
    <message>
        <source>%1 is not sent (%2); &quot;benchconnect outbox drop %1&quot; removes it.</source>
        <translation>%1 n&apos;est pas envoyé (%2) ; &quot;benchconnect outbox drop %1&quot; le retire.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results waiting to be sent (see benchconnect outbox list).</source>
        <translation>Le lot %1 ne contient aucun résultat en attente d&apos;envoi (voir benchconnect outbox list).</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1&apos;s header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>L&apos;en-tête du lot %1 est endommagé, donc le serveur auquel son %Ln résultat était destiné est inconnu ; l&apos;indiquer : benchconnect outbox retry --to-server URL %1</numerusform>
            <numerusform>L&apos;en-tête du lot %1 est endommagé, donc le serveur auquel ses %Ln résultats étaient destinés est inconnu ; l&apos;indiquer : benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give --to-server %3.</source>
        <translation>Le lot %1 est destiné à %2, pas à CONBENCH_URL=%3 ; pour l&apos;y envoyer, fournir --to-server %3.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>Lot %1 : %Ln ligne endommagée est illisible et n&apos;est pas envoyée ; elle reste dans le fichier du lot.</numerusform>
            <numerusform>Lot %1 : %Ln lignes endommagées sont illisibles et ne sont pas envoyées ; elles restent dans le fichier du lot.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n&apos;a été envoyé)</translation>
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
        <translation>Rien n&apos;attend dans la boîte d&apos;envoi pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln results)</source>
        <translation>
            <numerusform>%1 (%Ln résultat)</numerusform>
            <numerusform>%1 (%Ln résultats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Results wait for: %1; send them with CONBENCH_URL set to their server, or to this one with &quot;benchconnect outbox retry --to-server URL&quot;.</source>
        <translation>Des résultats attendent pour : %1 ; les envoyer avec CONBENCH_URL définie sur leur serveur, ou à celui-ci avec &quot;benchconnect outbox retry --to-server URL&quot;.</translation>
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
            <numerusform>%Ln résultat refusé par le serveur n&apos;est pas renvoyé (voir benchconnect outbox list).</numerusform>
            <numerusform>%Ln résultats refusés par le serveur ne sont pas renvoyés (voir benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Exécution %1 terminée&#xa0;: tous ses résultats ont été livrés.</translation>
    </message>
</context>
<context>
    <name>PendingFinishes</name>
    <message>
        <source>Run %1 was not finished: %2</source>
        <translation>L&apos;exécution %1 n&apos;a pas été terminée&#xa0;: %2</translation>
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
        <source>Sends each result to the server&apos;s results endpoint exactly as given, without filling in defaults (use &quot;submit result&quot; for that, or &quot;augment result&quot; first).

All of the input is checked before anything is sent, as &quot;check result&quot; checks it: when any result is one the server would refuse (a field its schema does not take, no stats and no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does not know), each such result is named with the field and the reason, and nothing is written to the outbox or sent. Without --generation only what servers of both generations refuse counts. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool&apos;s output, or a folder mixing tools&apos; files and Conbench&apos;s JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as &quot;adapt&quot; reads it; a file in no known format is an error naming it.</source>
        <translation>Envoie chaque résultat au point d&apos;accès des résultats du serveur exactement tel qu&apos;il est fourni, sans compléter les valeurs par défaut (utiliser &quot;submit result&quot; pour cela, ou d&apos;abord &quot;augment result&quot;).

Toute l&apos;entrée est vérifiée avant le moindre envoi, comme la vérifie &quot;check result&quot;&#xa0;: si un résultat est de ceux que le serveur refuserait (un champ que son schéma n&apos;accepte pas, ni stats ni error, pas exactement un seul de machine_info et cluster_info, pas de tags.name, une unité qu&apos;il ne connaît pas), chacun de ces résultats est signalé avec le champ et la raison, et rien n&apos;est écrit dans la boîte d&apos;envoi ni envoyé. Sans --generation, seul compte ce que refusent les serveurs des deux générations. Un résultat dont la réponse se perd en route est recherché sur le serveur avant d&apos;être renvoyé, si bien qu&apos;aucun n&apos;est enregistré deux fois.

--path peut aussi désigner la sortie d&apos;un outil de benchmark, ou un dossier mêlant des fichiers d&apos;outils et du JSON Conbench&#xa0;: avec --format auto (par défaut), chaque fichier est lu dans le format que montre son contenu (--verbose indique lequel), comme le lit &quot;adapt&quot;&#xa0;; un fichier dans aucun format connu est une erreur qui le nomme.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %L1/%L2</source>
        <translation>Envoi des résultats&#xa0;: %L1/%L2</translation>
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
        <translation>%1 est définie mais vide&#xa0;; elle est ignorée.</translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation>Un numéro de pull request est défini, mais ni CONBENCH_PROJECT_REPOSITORY ni CONBENCH_PROJECT_COMMIT&#xa0;; aucune information github n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY=&quot;%1&quot; is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>CONBENCH_PROJECT_REPOSITORY=&quot;%1&quot; n&apos;est pas un dépôt GitHub&#xa0;; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT=&quot;%1&quot; is not a 40-character hexadecimal commit SHA.</source>
        <translation>CONBENCH_PROJECT_COMMIT=&quot;%1&quot; n&apos;est pas un SHA de commit de 40 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>The pull request number &quot;%1&quot; is not a positive integer.</source>
        <translation>Le numéro de pull request &quot;%1&quot; n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not one of auto, ci, git or off; using auto.</source>
        <translation>%1=&quot;%2&quot; n&apos;est pas l&apos;une des valeurs auto, ci, git ou off&#xa0;; auto est utilisé.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and CONBENCH_PROJECT_COMMIT) to send it.</source>
        <translation>Le dépôt %1 (%2) n&apos;est pas sur github.com&#xa0;; Conbench n&apos;accepte que des dépôts GitHub, donc aucune information github n&apos;est ajoutée. Définir CONBENCH_PROJECT_REPOSITORY (et CONBENCH_PROJECT_COMMIT) pour l&apos;envoyer.</translation>
    </message>
    <message>
        <source>%1 names the repository %2, not %3; its values are not used.</source>
        <translation>%1 désigne le dépôt %2, pas %3&#xa0;; ses valeurs ne sont pas utilisées.</translation>
    </message>
    <message>
        <source>%1 gives &quot;%2&quot; (%3), not a 40-character commit SHA; it is not used.</source>
        <translation>%1 donne &quot;%2&quot; (%3), qui n&apos;est pas un SHA de commit de 40 caractères&#xa0;; il n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>%1 gives &quot;%2&quot; (%3), not a pull request number; it is not used.</source>
        <translation>%1 donne &quot;%2&quot; (%3), qui n&apos;est pas un numéro de pull request&#xa0;; il n&apos;est pas utilisé.</translation>
    </message>
    <message>
        <source>No CI system was recognised by its variables.</source>
        <translation>Aucun système de CI n&apos;a été reconnu d&apos;après ses variables.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no GitHub repository was found in the CI variables or the git checkout; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation>CONBENCH_PROJECT_COMMIT est défini mais pas CONBENCH_PROJECT_REPOSITORY, et aucun dépôt GitHub n&apos;a été trouvé dans les variables de CI ni dans la copie de travail git&#xa0;; définir les deux (p. ex. CONBENCH_PROJECT_REPOSITORY=org/repo).</translation>
    </message>
    <message>
        <source>Commit %1 (%2) was found, but no repository; no github information is added.</source>
        <translation>Le commit %1 (%2) a été trouvé, mais aucun dépôt&#xa0;; aucune information github n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no commit was found in the CI variables or the git checkout; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation>CONBENCH_PROJECT_REPOSITORY est défini mais pas CONBENCH_PROJECT_COMMIT, et aucun commit n&apos;a été trouvé dans les variables de CI ni dans la copie de travail git&#xa0;; définir les deux (le commit est un SHA hexadécimal de 40 caractères).</translation>
    </message>
    <message>
        <source>The repository %1 (%2) was found, but no commit; no github information is added.</source>
        <translation>Le dépôt %1 (%2) a été trouvé, mais aucun commit&#xa0;; aucune information github n&apos;est ajoutée.</translation>
    </message>
    <message>
        <source>github.repository is %1, from %2.</source>
        <translation>github.repository vaut %1, d&apos;après %2.</translation>
    </message>
    <message>
        <source>github.commit is %1, from %2.</source>
        <translation>github.commit vaut %1, d&apos;après %2.</translation>
    </message>
    <message>
        <source>github.pr_number is %1, from %2.</source>
        <translation>github.pr_number vaut %1, d&apos;après %2.</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is not sent: the repository&apos;s default branch is not known.</source>
        <translation>La branche %1 (%2) n&apos;est pas envoyée&#xa0;: la branche par défaut du dépôt n&apos;est pas connue.</translation>
    </message>
    <message>
        <source>github.branch is %1, from %2 (the default branch is %3).</source>
        <translation>github.branch vaut %1, d&apos;après %2 (la branche par défaut est %3).</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is the default branch; no branch is sent.</source>
        <translation>La branche %1 (%2) est la branche par défaut&#xa0;; aucune branche n&apos;est envoyée.</translation>
    </message>
    <message>
        <source>HEAD of %1 is detached (no branch is checked out).</source>
        <translation>HEAD de %1 est détachée (aucune branche n&apos;est extraite).</translation>
    </message>
    <message>
        <source>The results are not those of commit %1 alone: %2 has uncommitted changes to tracked files.</source>
        <translation>Les résultats ne sont pas ceux du seul commit %1&#xa0;: %2 contient des modifications non commitées de fichiers suivis.</translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message>
        <source>not pytest-benchmark JSON: it has no &quot;machine_info&quot; object and &quot;benchmarks&quot; list</source>
        <translation>pas du JSON pytest-benchmark&#xa0;: il n&apos;a pas d&apos;objet &quot;machine_info&quot; ni de liste &quot;benchmarks&quot;</translation>
    </message>
    <message>
        <source>benchmark %1 has no &quot;name&quot; or no &quot;stats&quot; with a &quot;mean&quot;</source>
        <translation>le benchmark %1 n&apos;a pas de &quot;name&quot; ou pas de &quot;stats&quot; avec un &quot;mean&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark ne contient aucun tour (enregistré sans --benchmark-save-data)&#xa0;; sa moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
            <numerusform>%Ln benchmarks ne contiennent aucun tour (enregistrés sans --benchmark-save-data)&#xa0;; leur moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
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
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation>Une variable définie mais vide est ignorée avec un avertissement.</translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. &quot;%2 outbox list&quot; shows what waits, &quot;%2 outbox retry&quot; sends it, &quot;%2 outbox drop&quot; removes it.</source>
        <translation>La boîte d&apos;envoi (ou --outbox DIR, ou BENCHCONNECT_OUTBOX). %1 Les résultats sont conservés par lots de 1000 au plus (ID.ndjson), avec à côté de chacun un journal des confirmations (ID.done)&#xa0;; le répertoire et ses fichiers ne sont lisibles que par leur propriétaire et ne contiennent jamais d&apos;identifiants. &quot;%2 outbox list&quot; montre ce qui attend, &quot;%2 outbox retry&quot; l&apos;envoie, &quot;%2 outbox drop&quot; le retire.</translation>
    </message>
    <message>
        <source>The run&apos;s state file, in the current directory: written by &quot;start run&quot; once the server accepted the run, read by &quot;submit result&quot; and &quot;finish run&quot;, removed by &quot;finish run&quot; once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation>Le fichier d&apos;état de l&apos;exécution, dans le répertoire courant&#xa0;: écrit par &quot;start run&quot; une fois que le serveur a accepté l&apos;exécution, lu par &quot;submit result&quot; et &quot;finish run&quot;, supprimé par &quot;finish run&quot; une fois que le serveur a accepté la fin de l&apos;exécution. Il contient ce que partagent tous les résultats de l&apos;exécution (run_id, run_name, run_reason, github, machine_info ou cluster_info), jamais un mot de passe, et n&apos;est lisible que par son propriétaire.</translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation>Une exécution dans une tâche de CI&#xa0;:</translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation>Compléter les valeurs par défaut des résultats, puis les envoyer&#xa0;:</translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation>Envoyer ce qu&apos;une soumission échouée a laissé dans la boîte d&apos;envoi&#xa0;:</translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation>envoyer des résultats de benchmark à un serveur Conbench</translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; &quot;benchconnect GROUP --help&quot; (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation>Chaque sous-commande s&apos;explique avec --help&#xa0;; &quot;benchconnect GROUPE --help&quot; (augment, post, put, outbox) liste les sous-commandes d&apos;un groupe.</translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation>la fenêtre de bureau pour envoyer des résultats de benchmark à un serveur Conbench</translation>
    </message>
    <message>
        <source>Without arguments, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop&apos;s keychain, never in a file.</source>
        <translation>Sans argument, ouvre la fenêtre&#xa0;: le serveur, l&apos;exécution (motif, nom, commit, branche, machine ou cluster) et les résultats, déposés sur la fenêtre sous forme de fichiers ou de dossiers. Soumettre l&apos;exécution crée l&apos;exécution, envoie les résultats via la boîte d&apos;envoi et termine l&apos;exécution, avec suivi de la progression et Annuler. Le mot de passe est conservé dans le trousseau du bureau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation>Avec une sous-commande, se comporte exactement comme benchconnect(1), avec les mêmes sous-commandes, options, environnement et code de sortie, et n&apos;ouvre aucune fenêtre.</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>Afficher l&apos;aide</translation>
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
        <translation>dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>L&apos;unité des échantillons (stats.unit)</translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation>Le nombre d&apos;échantillons du résultat (la longueur de stats.data)</translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation>Le fichier d&apos;où le résultat a été lu</translation>
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
        <source>The benchmark&apos;s name (tags.name), then its other tags (its parameters)</source>
        <translation>Le nom du benchmark (tags.name), puis ses autres étiquettes (ses paramètres)</translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>pas du JSON valide à la position %1&#xa0;: %2</translation>
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
        <source>Why the benchmarks ran (the run&apos;s reason; each result&apos;s run_reason)</source>
        <translation>Pourquoi les benchmarks ont été lancés (le motif de l&apos;exécution&#xa0;; le run_reason de chaque résultat)</translation>
    </message>
    <message>
        <source>The run&apos;s name. Empty: &quot;REASON: COMMIT&quot; when both are known.</source>
        <translation>Le nom de l&apos;exécution. Vide&#xa0;: &quot;MOTIF: COMMIT&quot; si les deux sont connus.</translation>
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
        <source>Run tags, sent as each result&apos;s run_tags (servers since late 2023 store them)</source>
        <translation>Étiquettes d&apos;exécution, envoyées comme run_tags de chaque résultat (les serveurs depuis fin 2023 les enregistrent)</translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation>Retirer l&apos;étiquette sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
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
        <source>The pull request&apos;s number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation>Le numéro de la pull request (CONBENCH_PROJECT_PR_NUMBER)</translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation>org:branche, rarement utile</translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation>Un commit qui n&apos;est pas sur la branche par défaut et n&apos;a pas de pull request (github.branch)</translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation>Remplir le dépôt et le commit depuis une copie de travail git locale</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>&amp;Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branche&#xa0;:</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Send this machine&apos;s machine_info</source>
        <translation>Envoyer le machine_info de cette machine</translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation>Envoyer cluster_info au lieu de machine_info</translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation>Envoyer ce nom comme machine_info.name au lieu du nom d&apos;hôte (CONBENCH_MACHINE_INFO_NAME)</translation>
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
        <source>The cluster&apos;s distinct name (cluster_info.name)</source>
        <translation>Le nom distinctif du cluster (cluster_info.name)</translation>
    </message>
    <message>
        <source>{&quot;nodes&quot;: 4, &quot;workers&quot;: 32}</source>
        <translation>{&quot;nodes&quot;: 4, &quot;workers&quot;: 32}</translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation>Ce qui distingue le cluster, sous forme d&apos;objet JSON (cluster_info.info)</translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation>Si l&apos;exécution a échoué</translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation>vide&#xa0;: l&apos;exécution a réussi</translation>
    </message>
    <message>
        <source>Sent as the run&apos;s error_type when the run is finished</source>
        <translation>Envoyé comme error_type de l&apos;exécution quand elle est terminée</translation>
    </message>
    <message>
        <source>{&quot;step&quot;: &quot;join&quot;}</source>
        <translation>{&quot;step&quot;: &quot;join&quot;}</translation>
    </message>
    <message>
        <source>Sent as the run&apos;s error_info (a JSON object) when the run is finished</source>
        <translation>Envoyé comme error_info de l&apos;exécution (un objet JSON) quand elle est terminée</translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation>Commit lu depuis %1&#xa0;; son origine (%2) n&apos;est pas sur GitHub&#xa0;: saisir le dépôt.</translation>
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
        <translation>Copie de travail git %1&#xa0;: commit %2, origine %3</translation>
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
        <source>&quot;%1: %2&quot; when a reason and a commit are given</source>
        <translation>&quot;%1: %2&quot; quand un motif et un commit sont fournis</translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation>Un numéro de pull request ou une branche nécessite un dépôt et un commit.</translation>
    </message>
    <message>
        <source>Give both the GitHub repository and the commit, or neither.</source>
        <translation>Fournir à la fois le dépôt GitHub et le commit, ou aucun des deux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>&quot;%1&quot; n&apos;est pas un dépôt GitHub&#xa0;; utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>The commit &quot;%1&quot; is not a 40-character hexadecimal SHA.</source>
        <translation>Le commit &quot;%1&quot; n&apos;est pas un SHA de 40 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>Le cluster doit avoir un nom.</translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation>L&apos;info du cluster n&apos;est %1.</translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation>L&apos;info d&apos;erreur n&apos;est %1.</translation>
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
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Run ta&amp;gs:</source>
        <translation>Étiquette&amp;s :</translation>
    </message>
    <message>
        <source>its number; none: a default-branch run</source>
        <translation>son numéro ; aucun : exécution sur la branche par défaut</translation>
    </message>
    <message>
        <source>From a git chec&amp;kout…</source>
        <translation>Depuis une copie de travail &amp;git…</translation>
    </message>
    <message>
        <source>Pull re&amp;quest:</source>
        <translation>&amp;Pull request :</translation>
    </message>
    <message>
        <source>Host name o&amp;verride:</source>
        <translation>Nom d&apos;hôte fo&amp;rcé :</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Nom du cluste&amp;r :</translation>
    </message>
    <message>
        <source>Cluster inf&amp;o (JSON):</source>
        <translation>&amp;Info du cluster (JSON) :</translation>
    </message>
    <message>
        <source>Error t&amp;ype:</source>
        <translation>&amp;Type d&apos;erreur :</translation>
    </message>
    <message>
        <source>Error &amp;details (JSON):</source>
        <translation>Déta&amp;ils de l&apos;erreur (JSON) :</translation>
    </message>
    <message>
        <source>Not a GitHub repository: use org/repo or https://github.com/org/repo.</source>
        <translation>Pas un dépôt GitHub : utiliser org/repo ou https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).</source>
        <translation>Pas un SHA de commit complet : il compte 40 caractères hexadécimaux (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>Pas un objet JSON : %1.</translation>
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
        <translation>Mettre à jour des exécutions sur le serveur (l&apos;id va dans l&apos;URL).</translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use &quot;start run&quot; for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envoie chaque exécution à POST /api/runs/ exactement telle quelle, sans compléter les valeurs par défaut (utiliser pour cela &quot;start run&quot;).

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, par leurs résultats&#xa0;: ils répondent 405 à cette requête, ce qui est signalé une fois et n&apos;est pas une erreur.</translation>
    </message>
    <message>
        <source>Sends each run&apos;s fields to PUT /api/runs/ID/: the &quot;id&quot; of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envoie les champs de chaque exécution à PUT /api/runs/ID/&#xa0;: le champ &quot;id&quot; du JSON va dans l&apos;URL et est retiré du corps. Les champs sont en général finished_timestamp, error_type, error_info et info.

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, par leurs résultats&#xa0;: ils répondent 405 à cette requête, ce qui est signalé une fois et n&apos;est pas une erreur.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>the run has no &quot;id&quot;; put run needs it for the URL</source>
        <translation>l&apos;exécution n&apos;a pas de champ &quot;id&quot;&#xa0;; put run en a besoin pour l&apos;URL</translation>
    </message>
    <message>
        <source>the run has no &quot;id&quot; (&quot;augment run&quot; adds one)</source>
        <translation>l&apos;exécution n&apos;a pas de champ &quot;id&quot; (&quot;augment run&quot; en ajoute un)</translation>
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
        <translation>%1&#xa0;: exécution %2 non %3&#xa0;: %4</translation>
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
        <source>No run has been started here: %1 does not exist. Run &quot;benchconnect start run&quot; first (in this directory).</source>
        <translation>Aucune exécution n&apos;a été démarrée ici&#xa0;: %1 n&apos;existe pas. Lancer d&apos;abord &quot;benchconnect start run&quot; (dans ce répertoire).</translation>
    </message>
    <message>
        <source>%1: cannot read the run&apos;s state file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier d&apos;état de l&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the run&apos;s state file: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le fichier d&apos;état de l&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the run&apos;s state file: %2</source>
        <translation>%1&#xa0;: impossible de supprimer le fichier d&apos;état de l&apos;exécution&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation>&quot;%1&quot; vaut %2 dans le résultat mais %3 dans l&apos;exécution démarrée&#xa0;; l&apos;omettre du résultat ou démarrer une autre exécution.</translation>
    </message>
    <message>
        <source>The run&apos;s state file does not say which server run %1 was started on (it was written by an earlier benchconnect); using %2.</source>
        <translation>Le fichier d&apos;état de l&apos;exécution n&apos;indique pas sur quel serveur l&apos;exécution %1 a été démarrée (il a été écrit par une version antérieure de benchconnect) ; utilisation de %2.</translation>
    </message>
    <message>
        <source>Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run (nothing was sent).</source>
        <translation>L&apos;exécution %1 a été démarrée sur %2, mais CONBENCH_URL vaut %3 ; définir CONBENCH_URL=%2 pour poursuivre l&apos;exécution (rien n&apos;a été envoyé).</translation>
    </message>
    <message>
        <source>%1: the run&apos;s state file is not valid JSON %2; repair it, or remove it and start the run again.</source>
        <translation>%1 : le fichier d&apos;état de l&apos;exécution n&apos;est pas du JSON valide %2 ; le réparer, ou le supprimer et redémarrer l&apos;exécution.</translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (it holds no run_id); remove it and start the run again.</source>
        <translation>%1 n&apos;est pas un fichier d&apos;état benchconnect (il ne contient pas de run_id) ; le supprimer et redémarrer l&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 a échoué (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Identifié en tant que %1.</translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation>Création de l&apos;exécution %1 sur %2…</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation>Ce serveur Conbench gère les exécutions implicitement&#xa0;: une exécution existe par ses résultats (le serveur a répondu 405 au point d&apos;accès des exécutions). L&apos;exécution apparaît avec son premier résultat.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation>Annulé avant la création de l&apos;exécution&#xa0;; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>L&apos;exécution n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>Exécution %1 créée.</translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation>Ce serveur (antérieur à fin 2023) ne connaît pas les étiquettes d&apos;exécution&#xa0;; elles sont omises des résultats.</translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: les résultats n&apos;ont pas pu être écrits dans la boîte d&apos;envoi (%1).</translation>
    </message>
    <message>
        <source>Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.</source>
        <translation>Résultats envoyés&#xa0;: %L1 sur %L2, en échec&#xa0;: %L3%4, en %L5 s.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (envoi annulé)</translation>
    </message>
    <message>
        <source>Sending results: %L1…</source>
        <translation>Envoi des résultats&#xa0;: %L1…</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed</source>
        <translation>envoyés&#xa0;: %L1, en échec&#xa0;: %L2</translation>
    </message>
    <message>
        <source>, %L1 found invalid when sending</source>
        <translation>, non valides à l&apos;envoi&#xa0;: %L1</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation>Le serveur gère les exécutions implicitement (405)&#xa0;: error_type et error_info ne peuvent pas y être enregistrés.</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation>Le serveur gère les exécutions implicitement (405)&#xa0;: aucune exécution à marquer comme terminée.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation>L&apos;exécution n&apos;a pas été terminée&#xa0;: %1 (%2)</translation>
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
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or &quot;benchconnect outbox retry&quot;, sends them.</source>
        <translation>
            <numerusform>%Ln résultat attend dans la boîte d&apos;envoi (%1) : Boîte d&apos;envoi… dans cette fenêtre, ou &quot;benchconnect outbox retry&quot;, l&apos;envoie.</numerusform>
            <numerusform>%Ln résultats attendent dans la boîte d&apos;envoi (%1) : Boîte d&apos;envoi… dans cette fenêtre, ou &quot;benchconnect outbox retry&quot;, les envoie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.</source>
        <translation>Annulé (envoyés : %L1, non confirmés : %L2) ; l&apos;exécution reste inachevée.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent, and nothing is tried again; the requests on the wire may finish. Cancel again to abandon them.</source>
        <translation>Annulation : plus rien de nouveau n&apos;est envoyé ni réessayé ; les requêtes en cours peuvent se terminer. Annuler de nouveau pour les abandonner.</translation>
    </message>
    <message>
        <source>The run&apos;s finish could not be kept in the outbox: %1</source>
        <translation>La clôture de l&apos;exécution n&apos;a pas pu être conservée dans la boîte d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run&apos;s finish waits in the outbox: Outbox… (or &quot;benchconnect outbox retry&quot;) sends it once the run&apos;s results are delivered.</source>
        <translation>La clôture de l&apos;exécution attend dans la boîte d&apos;envoi&#xa0;: Boîte d&apos;envoi… (ou &quot;benchconnect outbox retry&quot;) l&apos;envoie une fois les résultats de l&apos;exécution livrés.</translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered its results.</source>
        <translation>Annulé (envoyés&#xa0;: %L1, non confirmés&#xa0;: %L2)&#xa0;; l&apos;exécution sera terminée quand la boîte d&apos;envoi aura livré ses résultats.</translation>
    </message>
    <message>
        <source>Cancelling now: the requests under way are abandoned.</source>
        <translation>Annulation immédiate&#xa0;: les requêtes en cours sont abandonnées.</translation>
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
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server&apos;s address, without /api (CONBENCH_URL)</source>
        <translation>L&apos;adresse du serveur Conbench, sans /api (CONBENCH_URL)</translation>
    </message>
    <message>
        <source>The account&apos;s password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation>Le mot de passe du compte (CONBENCH_PASSWORD). Conservé dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation>Demander au serveur s&apos;il répond (GET /api/ping/), puis s&apos;identifier si une adresse électronique est fournie</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>UR&amp;L&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse électroni&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation>Le mot de passe de %1 a été lu dans le trousseau système.</translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation>Une adresse électronique est fournie mais pas de mot de passe&#xa0;; saisir les deux pour s&apos;identifier, ou aucun pour un serveur public.</translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation>Aucun trousseau système ne répond (%1)&#xa0;: le mot de passe est conservé pour cette session seulement, jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <source>The account&apos;s password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation>Le mot de passe du compte (CONBENCH_PASSWORD). Aucun trousseau système disponible&#xa0;: il est conservé pour cette session seulement.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 a échoué (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation>%1 n&apos;a pas répondu comme un serveur Conbench&#xa0;: %2</translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation>Connecté&#xa0;: %1 répond (pas d&apos;identification&#xa0;; serveur public).</translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation>Connecté&#xa0;: %1 répond et %2 est identifié.</translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation>%1 répond, mais a refusé l&apos;adresse électronique ou le mot de passe&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation>%1 répond, mais l&apos;identification a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>le compte avec lequel s&apos;identifier</translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a logged-in user, on a public server too; leave it empty only for a server that takes results without a log-in.</source>
        <translation>Le compte avec lequel s&apos;identifier (CONBENCH_EMAIL). Conbench n&apos;enregistre des résultats que pour un utilisateur identifié, même sur un serveur public ; ne laisser vide que pour un serveur qui accepte des résultats sans identification.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe :</translation>
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
        <translation>Test arrêté avant que %1 ait répondu à l&apos;identification.</translation>
    </message>
    <message>
        <source>The server profile to send to (Preferences &gt; Servers); the fields below show it and edit it. None: the server typed below.</source>
        <translation>Le profil de serveur auquel envoyer (Préférences &gt; Serveurs)&#xa0;; les champs ci-dessous l&apos;affichent et le modifient. Aucun&#xa0;: le serveur saisi ci-dessous.</translation>
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
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>The CA bundle %1 of the profile &quot;%2&quot; cannot be read; correct it in Preferences &gt; Servers.</source>
        <translation>Le fichier de certificats d&apos;AC %1 du profil &quot;%2&quot; ne peut pas être lu&#xa0;; le corriger dans Préférences &gt; Serveurs.</translation>
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
        <translation>Réessayer une requête sans réponse exploitable (erreurs de connexion, délais dépassés, 5xx, 429) pendant SECONDS au plus (1800 par défaut&#xa0;; également BENCHCONNECT_RETRY_DEADLINE).</translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation>Abandonner une tentative quand le serveur n&apos;a pas répondu en SECONDS (150 par défaut&#xa0;; 10 pour l&apos;identification), puis réessayer.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation>Approuver en plus les certificats d&apos;AC de ce fichier PEM (également BENCHCONNECT_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate. Only on a network you trust.</source>
        <translation>Ne pas vérifier le certificat TLS du serveur. Seulement sur un réseau de confiance.</translation>
    </message>
    <message>
        <source>--retry-deadline &quot;%1&quot; is not a number of seconds.</source>
        <translation>--retry-deadline &quot;%1&quot; n&apos;est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a positive number of seconds.</source>
        <translation>--timeout &quot;%1&quot; n&apos;est pas un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation>%1&#xa0;: impossible de lire le fichier de certificats d&apos;AC.</translation>
    </message>
    <message>
        <source>--insecure: the server&apos;s TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation>--insecure&#xa0;: le certificat TLS du serveur n&apos;est pas vérifié&#xa0;; n&apos;importe qui sur le chemin réseau pourrait lire les identifiants et les résultats.</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 a échoué (%2)&#xa0;; nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1&#xa0;: %2 (rien n&apos;a été envoyé)</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>L&apos;entrée ne contient aucun objet JSON.</translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation>L&apos;entrée contient plus d&apos;un objet JSON&#xa0;; n&apos;en fournir qu&apos;un.</translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation>Arrêt&#xa0;: plus aucun nouveau résultat n&apos;est envoyé&#xa0;; attente des requêtes en cours. Ce qui n&apos;a pas été envoyé reste dans la boîte d&apos;envoi (benchconnect outbox retry). Appuyer de nouveau sur Ctrl-C pour quitter immédiatement.</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1&#xa0;: non enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).</source>
        <translation>Résultats envoyés&#xa0;: %L1, en échec&#xa0;: %L2, gardés dans la boîte d&apos;envoi&#xa0;: %L3 (vers %4, en %L5 s).</translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with &quot;benchconnect outbox retry&quot;.</source>
        <translation>La boîte d&apos;envoi (%1) garde ce qui n&apos;a pas été enregistré&#xa0;; l&apos;envoyer avec &quot;benchconnect outbox retry&quot;.</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation>Ce serveur Conbench gère les exécutions implicitement&#xa0;: une exécution existe par ses résultats (le serveur a répondu 405 au point d&apos;accès des exécutions). %1</translation>
    </message>
    <message>
        <source>A run&apos;s field is &quot;%1&quot;; &quot;%2&quot; is the name results use (&quot;start run&quot; and &quot;augment run&quot; accept both).</source>
        <translation>Le champ d&apos;une exécution est &quot;%1&quot;&#xa0;; &quot;%2&quot; est le nom qu&apos;utilisent les résultats (&quot;start run&quot; et &quot;augment run&quot; acceptent les deux).</translation>
    </message>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses (400) is kept there apart as refused and not sent again; the others are still sent (see &quot;benchconnect outbox retry --help&quot;).</source>
        <translation>Conserver les résultats dans DIR jusqu&apos;à ce que le serveur les confirme (~/.local/share/benchconnect/outbox par défaut ; également BENCHCONNECT_OUTBOX). Un résultat que le serveur refuse (400) y est mis à part comme refusé et n&apos;est pas renvoyé ; les autres sont tout de même envoyés (voir &quot;benchconnect outbox retry --help&quot;).</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1 : refusé par le serveur : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur (%1) : %2</numerusform>
            <numerusform>%Ln résultats refusés par le serveur (%1) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln résultat non enregistré (%1) : %2</numerusform>
            <numerusform>%Ln résultats non enregistrés (%1) : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>Encore %Ln résultat non enregistré pour d&apos;autres raisons (voir benchconnect outbox list).</numerusform>
            <numerusform>Encore %Ln résultats non enregistrés pour d&apos;autres raisons (voir benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln d&apos;entre eux était déjà enregistré et n&apos;a pas été renvoyé.</numerusform>
            <numerusform>%Ln d&apos;entre eux étaient déjà enregistrés et n&apos;ont pas été renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): &quot;benchconnect outbox retry&quot; does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with &quot;benchconnect outbox drop&quot;.</source>
        <translation>
            <numerusform>%Ln résultat refusé par le serveur est mis à part dans la boîte d&apos;envoi (%1) : &quot;benchconnect outbox retry&quot; ne le renvoie pas, car il ne peut pas être enregistré tel quel. Le corriger et le soumettre de nouveau, puis le retirer avec &quot;benchconnect outbox drop&quot;.</numerusform>
            <numerusform>%Ln résultats refusés par le serveur sont mis à part dans la boîte d&apos;envoi (%1) : &quot;benchconnect outbox retry&quot; ne les renvoie pas, car ils ne peuvent pas être enregistrés tels quels. Les corriger et les soumettre de nouveau, puis les retirer avec &quot;benchconnect outbox drop&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Sending stopped. &quot;benchconnect outbox retry&quot; looks up what the server holds before it sends again.</source>
        <translation>%1. Envoi arrêté. &quot;benchconnect outbox retry&quot; vérifie ce que contient le serveur avant de renvoyer.</translation>
    </message>
    <message>
        <source>Take the server&apos;s URL, e-mail, CA bundle and insecure flag from the server profile NAME in the window&apos;s settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from CONBENCH_PASSWORD.</source>
        <translation>Prendre l&apos;URL du serveur, l&apos;adresse électronique, le fichier de certificats d&apos;AC et l&apos;option insecure dans le profil de serveur NOM du fichier de paramètres de la fenêtre (aussi BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL et BENCHCONNECT_CA_BUNDLE, s&apos;ils sont définis, l&apos;emportent sur le profil&#xa0;; le mot de passe vient de CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>--profile is empty; give the name of a server profile.</source>
        <translation>--profile est vide&#xa0;; indiquer le nom d&apos;un profil de serveur.</translation>
    </message>
    <message>
        <source>The server profile &quot;%1&quot; does not verify the server&apos;s TLS certificate; anyone on the network path could read the credentials and results.</source>
        <translation>Le profil de serveur &quot;%1&quot; ne vérifie pas le certificat TLS du serveur&#xa0;; n&apos;importe qui sur le chemin réseau pourrait lire les identifiants et les résultats.</translation>
    </message>
    <message>
        <source>At the end, compare the run with its baseline as &quot;compare run&quot; does, with the options below (the output format is --compare-format here).</source>
        <translation>À la fin, comparer l&apos;exécution avec sa référence comme le fait &quot;compare run&quot;, avec les options ci-dessous (le format de sortie est ici --compare-format).</translation>
    </message>
    <message>
        <source>--%1 is used only with --compare; ignoring it.</source>
        <translation>--%1 ne sert qu&apos;avec --compare&#xa0;; option ignorée.</translation>
    </message>
    <message>
        <source>Send up to N requests at once, or &quot;auto&quot; (the default; also BENCHCONNECT_MAX_IN_FLIGHT): start with 2, add one while the throughput grows and the answers stay as fast, halve on 429/503 answers and time-outs, never more than 16.</source>
        <translation>Envoyer jusqu&apos;à N requêtes à la fois, ou &quot;auto&quot; (par défaut&#xa0;; également BENCHCONNECT_MAX_IN_FLIGHT)&#xa0;: commencer à 2, en ajouter une tant que le débit augmente et que les réponses restent aussi rapides, diviser par deux en cas de réponses 429/503 et de délais dépassés, jamais plus de 16.</translation>
    </message>
    <message>
        <source>--max-in-flight &quot;%1&quot; is neither &quot;auto&quot; nor a number from 1 to 64.</source>
        <translation>--max-in-flight &quot;%1&quot; n&apos;est ni &quot;auto&quot; ni un nombre de 1 à 64.</translation>
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
        <source>The profile&apos;s name, as the window&apos;s picker and &quot;benchconnect --profile&quot; take it</source>
        <translation>Le nom du profil, tel que l&apos;acceptent le sélecteur de la fenêtre et &quot;benchconnect --profile&quot;</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server&apos;s address, without /api</source>
        <translation>L&apos;adresse du serveur Conbench, sans /api</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>le compte avec lequel s&apos;identifier</translation>
    </message>
    <message>
        <source>Kept in the system keychain under the profile&apos;s name, never in a file. The command-line program takes it from CONBENCH_PASSWORD.</source>
        <translation>Conservé dans le trousseau système sous le nom du profil, jamais dans un fichier. Le programme en ligne de commande le prend dans CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>les certificats du système</translation>
    </message>
    <message>
        <source>Extra CA certificates (a PEM file) to trust for this server</source>
        <translation>Certificats d&apos;AC supplémentaires (un fichier PEM) à approuver pour ce serveur</translation>
    </message>
    <message>
        <source>Choose the PEM file</source>
        <translation>Choisir le fichier PEM</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
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
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Adresse électroni&amp;que&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>M&amp;ot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;Certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins.</source>
        <translation>S&apos;applique au prochain démarrage. BENCHCONNECT_LANGUAGE, s&apos;il est défini, l&apos;emporte.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
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
        <translation>Un profil n&apos;a pas de nom&#xa0;; lui en donner un.</translation>
    </message>
    <message>
        <source>Two profiles are named &quot;%1&quot;; give each its own name.</source>
        <translation>Deux profils s&apos;appellent &quot;%1&quot;&#xa0;; donner à chacun son propre nom.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the CA bundle %2 cannot be read.</source>
        <translation>Profil &quot;%1&quot;&#xa0;: le fichier de certificats d&apos;AC %2 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation>Démarrer une exécution&#xa0;: la créer et écrire le fichier d&apos;état.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with &quot;benchconnect finish run&quot;, or remove the file to abandon it.</source>
        <translation>Une exécution est déjà démarrée ici (%1). La terminer avec &quot;benchconnect finish run&quot;, ou supprimer le fichier pour l&apos;abandonner.</translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation>Le fichier d&apos;état est écrit&#xa0;; l&apos;exécution apparaîtra avec son premier résultat.</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>L&apos;exécution n&apos;a pas été créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as &quot;augment run&quot; does), creates it on the server, and only then writes benchconnect-state.json in the current directory, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), the server&apos;s URL, which &quot;submit result&quot; and &quot;finish run&quot; must use too, and the generation of the server&apos;s API as its answer shows it (2023 when it created the run, current when it answered 405), whose rules &quot;submit result&quot; checks each result with before sending. Prints the run&apos;s id.

Then &quot;submit result&quot; adds results to the run, and &quot;finish run&quot; ends it and removes the state file. Without JSON input the run gets only its defaults; standard input is read only when &quot;-&quot; is given. &quot;run_reason&quot; and &quot;run_name&quot;, the names results use, are taken as the run&apos;s &quot;reason&quot; and &quot;name&quot;.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation>Complète les valeurs par défaut de l&apos;exécution (comme &quot;augment run&quot;), la crée sur le serveur, et seulement ensuite écrit benchconnect-state.json dans le répertoire courant, avec ce que partagent tous les résultats de l&apos;exécution (run_id, run_name, run_reason, github, machine_info ou cluster_info), l&apos;URL du serveur, que &quot;submit result&quot; et &quot;finish run&quot; doivent aussi utiliser, et la génération de l&apos;API du serveur telle que sa réponse l&apos;indique (2023 s&apos;il a créé l&apos;exécution, current s&apos;il a répondu 405), dont &quot;submit result&quot; applique les règles pour vérifier chaque résultat avant l&apos;envoi. Affiche l&apos;identifiant de l&apos;exécution.

Ensuite &quot;submit result&quot; ajoute des résultats à l&apos;exécution, et &quot;finish run&quot; la termine et supprime le fichier d&apos;état. Sans entrée JSON, l&apos;exécution ne reçoit que ses valeurs par défaut&#xa0;; l&apos;entrée standard n&apos;est lue que si &quot;-&quot; est indiqué. &quot;run_reason&quot; et &quot;run_name&quot;, les noms qu&apos;utilisent les résultats, sont pris comme &quot;reason&quot; et &quot;name&quot; de l&apos;exécution.

Les serveurs depuis fin 2023 gèrent les exécutions implicitement, à travers leurs résultats&#xa0;: ils répondent 405 à la création d&apos;une exécution, ce qui est signalé une fois&#xa0;; le fichier d&apos;état est écrit quand même.</translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation>Ajouter des résultats à l&apos;exécution démarrée, compléter leurs valeurs par défaut, les envoyer.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>Needs a run started here with &quot;start run&quot;. Each result gets the run&apos;s fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as &quot;augment result&quot; fills them, and is posted to the server the run was started on: another CONBENCH_URL is an error.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent, as &quot;check result&quot; checks it, with the rules of the server&apos;s generation that &quot;start run&quot; found: when any result is one the server would refuse, each such result is named with the field and the reason, and nothing is written to the outbox or sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool&apos;s output, or a folder mixing tools&apos; files and Conbench&apos;s JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as &quot;adapt&quot; reads it; a file in no known format is an error naming it.</source>
        <translation>Nécessite une exécution démarrée ici avec &quot;start run&quot;. Chaque résultat reçoit les champs de l&apos;exécution depuis benchconnect-state.json (run_id, run_name, run_reason, github, machine_info ou cluster_info), puis ses valeurs par défaut telles que les complète &quot;augment result&quot;, et est envoyé au serveur sur lequel l&apos;exécution a été démarrée&#xa0;: un autre CONBENCH_URL est une erreur.

Un champ que le résultat et l&apos;exécution contiennent tous deux avec des valeurs différentes est une erreur. Toute l&apos;entrée est lue et vérifiée avant le moindre envoi, comme la vérifie &quot;check result&quot;, avec les règles de la génération du serveur trouvée par &quot;start run&quot;&#xa0;: si un résultat est de ceux que le serveur refuserait, chacun de ces résultats est signalé avec le champ et la raison, et rien n&apos;est écrit dans la boîte d&apos;envoi ni envoyé. Un résultat dont la réponse se perd en route est recherché sur le serveur avant d&apos;être renvoyé, si bien qu&apos;aucun n&apos;est enregistré deux fois.

--path peut aussi désigner la sortie d&apos;un outil de benchmark, ou un dossier mêlant des fichiers d&apos;outils et du JSON Conbench&#xa0;: avec --format auto (par défaut), chaque fichier est lu dans le format que montre son contenu (--verbose indique lequel), comme le lit &quot;adapt&quot;&#xa0;; un fichier dans aucun format connu est une erreur qui le nomme.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE &quot;%1&quot; is not a language; the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE &quot;%1&quot; n&apos;est pas une langue&#xa0;; les messages restent en anglais.</translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE &quot;%1&quot; (there are: %2); the messages stay in English.</source>
        <translation>Il n&apos;existe pas de traduction pour BENCHCONNECT_LANGUAGE &quot;%1&quot; (disponibles&#xa0;: %2)&#xa0;; les messages restent en anglais.</translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message>
        <source>not Vitest benchmark JSON: it has no &quot;files&quot; list</source>
        <translation>pas du JSON de benchmark Vitest&#xa0;: il n&apos;a pas de liste &quot;files&quot;</translation>
    </message>
    <message>
        <source>%1: a benchmark has no &quot;name&quot;</source>
        <translation>%1&#xa0;: un benchmark n&apos;a pas de &quot;name&quot;</translation>
    </message>
    <message>
        <source>Vitest recorded no measurement for this benchmark: it threw or did not finish (see Vitest&apos;s own output for the reason)</source>
        <translation>Vitest n&apos;a enregistré aucune mesure pour ce benchmark&#xa0;: il a levé une exception ou ne s&apos;est pas terminé (voir la sortie de Vitest pour la raison)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest&apos;s JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark ne contient aucun échantillon (le JSON de Vitest les omet)&#xa0;; sa moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
            <numerusform>%Ln benchmarks ne contiennent aucun échantillon (le JSON de Vitest les omet)&#xa0;; leur moyenne tient lieu de données, accompagnée des statistiques récapitulatives.</numerusform>
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
        <translation>Surveiller un dossier de résultats&#xa0;: une exécution par sous-dossier terminé, envoyée exactement une fois.</translation>
    </message>
    <message>
        <source>Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, and sends each subfolder as one run once it is complete: when it holds the marker file (--done-marker, default .done) or, with --settle, when nothing in it changed for that long. For a complete folder the run is started (reason --reason, default lab; the folder&apos;s optional run.json may give the run&apos;s reason, name, info, github, tags and hardware), every result file in it is submitted (Conbench JSON and every tool format &quot;adapt&quot; reads, recognised by their content), and the run is finished. New folders are noticed at once on local disks and by a rescan (--rescan, default every 30 s) on network shares.

Each folder is sent exactly once, across restarts: a journal beside the outbox records each folder&apos;s state (waiting, run started with its id, results in the outbox, done, failed with the reason). Killed at any moment and started again, watch continues what it had started with the same run id, and stores no result twice. A folder whose files change after it was sent is reported and not sent again, unless --resend-changed is given. While the server cannot be reached, complete folders are recorded and sent in order once it is back; a folder the server refuses is marked failed with the server&apos;s reason, and the others go on.

One line per run goes to standard error: the time, the folder, the run id, the results sent and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not sent is continued on the next start. Only one watcher (this command or the window&apos;s watch mode) may watch a directory at a time.

watch --status [DIR] prints each folder&apos;s state from the journal (every watched directory&apos;s without DIR) and talks to no server.</source>
        <translation>Surveille DIR, où les bancs de test écrivent un sous-dossier de fichiers de résultats par build ou par nuit, et envoie chaque sous-dossier comme une exécution dès qu&apos;il est complet&#xa0;: quand il contient le fichier marqueur (--done-marker, .done par défaut) ou, avec --settle, quand rien n&apos;y a changé pendant ce délai. Pour un dossier complet, l&apos;exécution est démarrée (motif --reason, lab par défaut&#xa0;; le fichier run.json facultatif du dossier peut fournir le motif, le nom, info, github, les étiquettes et le matériel de l&apos;exécution), chaque fichier de résultats qu&apos;il contient est soumis (JSON Conbench et tous les formats d&apos;outils que lit &quot;adapt&quot;, reconnus d&apos;après leur contenu), et l&apos;exécution est terminée. Les nouveaux dossiers sont détectés immédiatement sur les disques locaux et par une nouvelle analyse (--rescan, toutes les 30&#xa0;s par défaut) sur les partages réseau.

Chaque dossier est envoyé exactement une fois, même après un redémarrage&#xa0;: un registre situé à côté de la boîte d&apos;envoi consigne l&apos;état de chaque dossier (en attente, exécution démarrée avec son identifiant, résultats dans la boîte d&apos;envoi, terminé, en échec avec la raison). Tué à tout moment puis relancé, watch poursuit ce qu&apos;il avait commencé avec le même identifiant d&apos;exécution, et n&apos;enregistre aucun résultat deux fois. Un dossier dont les fichiers changent après son envoi est signalé et n&apos;est pas renvoyé, sauf si --resend-changed est fourni. Tant que le serveur est injoignable, les dossiers complets sont consignés puis envoyés dans l&apos;ordre dès son retour&#xa0;; un dossier que le serveur refuse est marqué en échec avec la raison donnée par le serveur, et les autres continuent.

Une ligne par exécution est écrite sur la sortie d&apos;erreur standard&#xa0;: l&apos;heure, le dossier, l&apos;identifiant de l&apos;exécution, les résultats envoyés et la durée. Ctrl-C ou SIGTERM termine les requêtes en cours et arrête la commande&#xa0;; ce qui n&apos;a pas été envoyé est repris au démarrage suivant. Un seul processus de surveillance (cette commande ou le mode surveillance de la fenêtre) peut surveiller un répertoire à la fois.

watch --status [DIR] affiche l&apos;état de chaque dossier d&apos;après le registre (celui de chaque répertoire surveillé, sans DIR) et ne contacte aucun serveur.</translation>
    </message>
    <message>
        <source>The directory whose subfolders are runs.</source>
        <translation>Le répertoire dont les sous-dossiers sont des exécutions.</translation>
    </message>
    <message>
        <source>A folder is complete once it holds a file of this name (default .done).</source>
        <translation>Un dossier est complet dès qu&apos;il contient un fichier de ce nom (.done par défaut).</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for SECONDS.</source>
        <translation>Un dossier est aussi complet dès que rien n&apos;y a changé pendant SECONDS.</translation>
    </message>
    <message>
        <source>The run&apos;s reason, unless run.json gives one (default lab).</source>
        <translation>Le motif de l&apos;exécution, sauf si run.json en fournit un (lab par défaut).</translation>
    </message>
    <message>
        <source>Send what is complete now, then exit (for cron jobs and systemd timers).</source>
        <translation>Envoyer ce qui est complet maintenant, puis quitter (pour les tâches cron et les minuteurs systemd).</translation>
    </message>
    <message>
        <source>Send up to N folders at once (default 1).</source>
        <translation>Envoyer jusqu&apos;à N dossiers à la fois (1 par défaut).</translation>
    </message>
    <message>
        <source>Move each folder that was sent into DIR (default: leave it and record it).</source>
        <translation>Déplacer dans DIR chaque dossier envoyé (par défaut&#xa0;: le laisser en place et le consigner).</translation>
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
        <source>Print each folder&apos;s state from the journal (done, waiting, sending, failed) and exit.</source>
        <translation>Afficher l&apos;état de chaque dossier d&apos;après le registre (terminé, en attente, envoi en cours, en échec) et quitter.</translation>
    </message>
    <message>
        <source>%1 has not been watched yet (no journal in %2).</source>
        <translation>%1 n&apos;a pas encore été surveillé (aucun registre dans %2).</translation>
    </message>
    <message>
        <source>No directory has been watched yet (no journal in %1).</source>
        <translation>Aucun répertoire n&apos;a encore été surveillé (aucun registre dans %1).</translation>
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
        <translation>(modifié après son envoi&#xa0;; pas renvoyé)</translation>
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
        <source>--done-marker &quot;%1&quot; is a path; give a file name.</source>
        <translation>--done-marker &quot;%1&quot; est un chemin&#xa0;; fournir un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>--%1 &quot;%2&quot; n&apos;est pas un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>--archive must be another directory than the one watched.</source>
        <translation>--archive doit être un autre répertoire que celui surveillé.</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1&#xa0;: pas un répertoire&#xa0;; fournir le dossier dans lequel les bancs de test écrivent leurs résultats.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2&#xa0;: exécution %3, %Ln résultat envoyé en %L4&#xa0;s</numerusform>
            <numerusform>%1 %2&#xa0;: exécution %3, %Ln résultats envoyés en %L4&#xa0;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2&#xa0;: exécution %3 en échec, %L4 sur %Ln résultat envoyé en %L5&#xa0;s&#xa0;: %6</numerusform>
            <numerusform>%1 %2&#xa0;: exécution %3 en échec, %L4 sur %Ln résultats envoyés en %L5&#xa0;s&#xa0;: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 (journal %2); Ctrl-C stops.</source>
        <translation>Surveillance de %1 (registre %2)&#xa0;; Ctrl-C pour arrêter.</translation>
    </message>
    <message>
        <source>Stopping: the requests under way are finished; what was not sent is continued on the next start. Press Ctrl-C again to quit now.</source>
        <translation>Arrêt&#xa0;: les requêtes en cours sont terminées&#xa0;; ce qui n&apos;a pas été envoyé sera repris au prochain démarrage. Appuyer de nouveau sur Ctrl-C pour quitter immédiatement.</translation>
    </message>
    <message>
        <source>Folders sent: %1, failed: %2.</source>
        <translation>Dossiers envoyés&#xa0;: %1, en échec&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The server could not be reached; the folders not sent wait in the journal and are sent on the next start.</source>
        <translation>Le serveur n&apos;a pas pu être joint&#xa0;; les dossiers non envoyés attendent dans le registre et seront envoyés au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>WatchJournal</name>
    <message>
        <source>%1: cannot create the watch journal&apos;s directory.</source>
        <translation>%1&#xa0;: impossible de créer le répertoire du registre de surveillance.</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 (%3); stop it first, since two watchers would send the same folders.</source>
        <translation>%1 est déjà surveillé par le processus %2 (%3)&#xa0;; l&apos;arrêter d&apos;abord, car deux processus de surveillance enverraient les mêmes dossiers.</translation>
    </message>
    <message>
        <source>%1: cannot take the watch lock (%2).</source>
        <translation>%1&#xa0;: impossible de prendre le verrou de surveillance (%2).</translation>
    </message>
    <message>
        <source>The watch journal was written by a newer version of benchconnect.</source>
        <translation>Le registre de surveillance a été écrit par une version plus récente de benchconnect.</translation>
    </message>
    <message>
        <source>%1: cannot read the watch journal: %2</source>
        <translation>%1&#xa0;: impossible de lire le registre de surveillance&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the watch journal: %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire le registre de surveillance&#xa0;: %2</translation>
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
        <translation>Chaque sous-dossier du dossier surveillé est envoyé comme une exécution dès qu&apos;il contient un fichier .done (ou, avec un délai de stabilisation, dès que rien n&apos;y a changé pendant ce délai). Chaque dossier n&apos;est envoyé qu&apos;une fois, même après un redémarrage.</translation>
    </message>
    <message>
        <source>The folder the rigs write their results into</source>
        <translation>Le dossier dans lequel les bancs de test écrivent leurs résultats</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>S&amp;ettle:</source>
        <translation>Sta&amp;bilisation&#xa0;:</translation>
    </message>
    <message>
        <source>marker only</source>
        <translation>marqueur seul</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for this long</source>
        <translation>Un dossier est aussi complet dès que rien n&apos;y a changé pendant ce délai</translation>
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
        <translation>Choisir d&apos;abord le dossier à surveiller.</translation>
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
