<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>AdaptCommand</name>
    <message>
        <source>Convert tools' output, recognizing each file's format.</source>
        <translation>Convertir la salida de herramientas, reconociendo el formato de cada archivo.</translation>
    </message>
    <message>
        <source>Convert %1 output into Conbench results.</source>
        <translation>Convertir la salida de %1 en resultados de Conbench.</translation>
    </message>
    <message>
        <source>Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their defaults filled in as "augment result" does.</source>
        <translation>Lee %1 e imprime los resultados de Conbench que contiene como NDJSON, uno por línea, con sus valores predeterminados completados como hace "augment result".</translation>
    </message>
    <message>
        <source>Reads the output files of benchmark tools, recognizes each file's format from its content (%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults filled in as "augment result" does. A file in no known format is an error that names it; --verbose says which format each file was read as.</source>
        <translation>Lee los archivos de salida de herramientas de benchmark, reconoce el formato de cada archivo por su contenido (%1) e imprime los resultados de Conbench que contienen como NDJSON, uno por línea, con sus valores predeterminados completados como hace "augment result". Un archivo sin ningún formato conocido es un error que lo nombra; --verbose indica con qué formato se leyó cada archivo.</translation>
    </message>
    <message>
        <source>The input is --path, a file or a folder (its files in name order, not recursive), or the file's content on standard input. The README's table says what each format's fields become.</source>
        <translation>La entrada es --path, un archivo o una carpeta (sus archivos por orden de nombre, sin recursión), o el contenido del archivo por la entrada estándar. La tabla del README indica en qué se convierten los campos de cada formato.</translation>
    </message>
    <message>
        <source>The tool's output file, or a folder of them.</source>
        <translation>El archivo de salida de la herramienta, o una carpeta de ellos.</translation>
    </message>
    <message>
        <source>Give the tool's output with --path, or on standard input (see benchconnect %1 --help).</source>
        <translation>Indicar la salida de la herramienta con --path o por la entrada estándar (ver benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>The input holds no benchmark results.</source>
        <translation>La entrada no contiene resultados de benchmark.</translation>
    </message>
    <message>
        <source>Refuse a file larger than MIB mebibytes (default %1); a file is read whole.</source>
        <translation>Rechazar un archivo de más de MIB mebibytes (predeterminado: %1); un archivo se lee entero.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>La entrada estándar contiene más de %L1 MiB; %2</translation>
    </message>
</context>
<context>
    <name>Adapter</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>no es JSON válido %1</translation>
    </message>
    <message>
        <source>%1 is a folder; %2 reads files</source>
        <translation>%1 es una carpeta; %2 lee archivos</translation>
    </message>
    <message>
        <source>its "%1" is empty; give the benchmark's name</source>
        <translation>su "%1" está vacío; indique el nombre del benchmark</translation>
    </message>
    <message>
        <source>its "%1" is not a string</source>
        <translation>su "%1" no es una cadena</translation>
    </message>
    <message>
        <source>it has no "%1"</source>
        <translation>no tiene "%1"</translation>
    </message>
    <message>
        <source>%1: the value %2 %3 is too large: in %4 it is beyond the largest number a result can hold. Check the value and its unit; nothing of the file is converted.</source>
        <translation>%1: el valor %2 %3 es demasiado grande: en %4 supera el mayor número que puede contener un resultado. Revise el valor y su unidad; no se convierte nada del archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values written as NaN or Infinity are read as null.</source>
        <translation>
            <numerusform>%Ln valor escrito como NaN o Infinity se lee como null.</numerusform>
            <numerusform>%Ln valores escritos como NaN o Infinity se leen como null.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Formato desconocido "%1"; los formatos son: auto, %2.</translation>
    </message>
    <message>
        <source>%1: the folder holds no files.</source>
        <translation>%1: la carpeta no contiene archivos.</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: no existe el archivo o la carpeta.</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: el archivo está vacío.</translation>
    </message>
    <message>
        <source>%1: not in a format benchconnect reads (%2).</source>
        <translation>%1: no está en un formato que benchconnect lea (%2).</translation>
    </message>
    <message>
        <source>not a benchmark result: a JSON array; benchconnect reads one Conbench result object to a file (or one to a line, NDJSON) or a benchmark tool's output (%1)</source>
        <translation>no es un resultado de benchmark: un array JSON; benchconnect lee un objeto de resultado de Conbench por archivo (o uno por línea, NDJSON) o la salida de una herramienta de benchmarks (%1)</translation>
    </message>
    <message>
        <source>not a benchmark result: JSON nested too deeply to be read (more than 1,024 arrays and objects inside one another): %1</source>
        <translation>no es un resultado de benchmark: JSON anidado a demasiada profundidad para leerlo (más de 1024 arrays y objetos unos dentro de otros): %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1: leído como %2, %Ln resultado.</numerusform>
            <numerusform>%1: leído como %2, %Ln resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) #%3</source>
        <translation>%1 (%2) #%3</translation>
    </message>
    <message>
        <source>%1: read as %2, but it holds no results (--verbose says more).</source>
        <translation>%1: leído como %2, pero no contiene resultados (--verbose dice más).</translation>
    </message>
    <message>
        <source>standard input looks like %1 output: give --format %2 (or --format auto) to read it whole in that format</source>
        <translation>la entrada estándar parece salida de %1: dé --format %2 (o --format auto) para leerla entera en ese formato</translation>
    </message>
    <message>
        <source>standard input looks like one JSON document over several lines, not NDJSON (one object per line): give --format auto to read it whole</source>
        <translation>la entrada estándar parece un documento JSON de varias líneas, no NDJSON (un objeto por línea): dé --format auto para leerla entera</translation>
    </message>
</context>
<context>
    <name>AugmentCommand</name>
    <message>
        <source>result</source>
        <translation>un resultado</translation>
    </message>
    <message>
        <source>run</source>
        <translation>una ejecución</translation>
    </message>
    <message>
        <source>Fill in the defaults of results and print them (no server).</source>
        <translation>Completar los valores predeterminados de resultados e imprimirlos (sin servidor).</translation>
    </message>
    <message>
        <source>Fill in the defaults of runs and print them (no server).</source>
        <translation>Completar los valores predeterminados de ejecuciones e imprimirlas (sin servidor).</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark result needs and the user left out or set to null, and prints each result as one line of JSON. A value you give is never replaced.

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context), and run_name ("REASON: COMMIT" when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation>Completa los campos que un resultado de benchmark necesita y que el usuario omitió o puso a null, e imprime cada resultado como una línea de JSON. Un valor indicado nunca se reemplaza.

Valores predeterminados: batch_id (un id aleatorio nuevo), timestamp (ahora, UTC), tags, info y context ({}), machine_info (esta máquina, salvo que se indique cluster_info), github (de las variables CONBENCH_PROJECT_*; "github": null significa sin contexto de commit) y run_name ("MOTIVO: COMMIT" cuando se conocen run_reason y un commit). Los campos opcionales vacíos se omiten. Un resultado que no se podría publicar (sin stats ni error, o sin exactamente uno de machine_info y cluster_info) se imprime con un aviso.</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name ("REASON: COMMIT" when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context). finished_timestamp, error_type and error_info are left out until given.

"run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".</source>
        <translation>Completa los campos que una ejecución de benchmark necesita y que el usuario omitió o puso a null, e imprime cada ejecución como una línea de JSON. Un valor indicado nunca se reemplaza.

Valores predeterminados: id (un id aleatorio nuevo), name ("MOTIVO: COMMIT" cuando se conocen un motivo y un commit), info ({}), machine_info (esta máquina, salvo que se indique cluster_info) y github (de las variables CONBENCH_PROJECT_*; "github": null significa sin contexto de commit). finished_timestamp, error_type y error_info se omiten hasta que se indiquen.

"run_reason" y "run_name", los nombres que usan los resultados, se toman como "reason" y "name" de la ejecución.</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>La entrada no contiene objetos JSON.</translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>"github" must be an object with "repository" and "commit", or null.</source>
        <translation>"github" debe ser un objeto con "repository" y "commit", o null.</translation>
    </message>
    <message>
        <source>"github" lacks %1; give both "repository" and "commit", or null for no commit context.</source>
        <translation>A "github" le falta %1; indicar tanto "repository" como "commit", o null si no hay contexto de commit.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>"github.repository" is "%1", not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"github.repository" es "%1", que no es un repositorio de GitHub; usar org/repo o https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation>Este resultado aún no se puede publicar: %1</translation>
    </message>
    <message>
        <source>the run gives both "%1" (%2) and "%3" (%4); give one of them.</source>
        <translation>la ejecución indica tanto "%1" (%2) como "%3" (%4); indicar solo uno.</translation>
    </message>
    <message>
        <source>"%1" is taken as the run's "%2".</source>
        <translation>"%1" se toma como "%2" de la ejecución.</translation>
    </message>
    <message>
        <source>The run has no "reason" (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation>La ejecución no tiene "reason" (como commit, pull-request o nightly); Conbench agrupa las ejecuciones por él.</translation>
    </message>
    <message>
        <source>it holds both "machine_info" and "cluster_info"; give exactly one.</source>
        <translation>contiene tanto "machine_info" como "cluster_info"; indicar exactamente uno.</translation>
    </message>
    <message>
        <source>it holds neither "machine_info" nor "cluster_info"; give exactly one.</source>
        <translation>no contiene ni "machine_info" ni "cluster_info"; indicar exactamente uno.</translation>
    </message>
    <message>
        <source>it holds neither "stats" nor "error".</source>
        <translation>no contiene ni "stats" ni "error".</translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message>
        <source>the benchmark failed</source>
        <translation>el benchmark falló</translation>
    </message>
    <message>
        <source>the benchmark "%1" has neither a mean nor a failure</source>
        <translation>el benchmark "%1" no tiene ni media ni fallo</translation>
    </message>
    <message>
        <source>benchmark %1 (in test case "%2"): %3</source>
        <translation>benchmark %1 (en el caso de prueba "%2"): %3</translation>
    </message>
    <message>
        <source>not valid XML (%1 at line %2)</source>
        <translation>no es XML válido (%1 en la línea %2)</translation>
    </message>
    <message>
        <source>not Catch2 XML: it has no &lt;Catch&gt; element</source>
        <translation>no es XML de Catch2: no tiene ningún elemento &lt;Catch&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Catch2's XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>El XML de Catch2 no guarda muestras: la media de %Ln benchmark es su único dato, con la desviación estándar al lado.</numerusform>
            <numerusform>El XML de Catch2 no guarda muestras: la media de cada uno de los %Ln benchmarks es su único dato, con la desviación estándar al lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch2 XML (-r xml)</source>
        <translation>XML de Catch2 (-r xml)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results against the server's rules, without sending them.</source>
        <translation>Comprobar resultados con las reglas del servidor, sin enviarlos.</translation>
    </message>
    <message>
        <source>Checks each result, as it is given, against what a Conbench server refuses: the schema of its API (the OpenAPI document of its generation, checked as Conbench's marshmallow does), the rules about the result as a whole (machine_info or cluster_info, stats or error, a GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name present, a unit it knows). No server is needed.

Prints one line for each invalid result: where it came from (its file or NDJSON line), the field, and why. Exit status 0 when every result is valid, 3 when any is not; with --quiet nothing is printed.

Without --generation a result counts as invalid only when servers of both generations would refuse it. "submit result" and "post result" make the same check before they send anything ("submit result" with the generation "start run" found).</source>
        <translation>Comprueba cada resultado, tal como se indica, frente a lo que rechaza un servidor de Conbench: el esquema de su API (el documento OpenAPI de su generación, comprobado como lo hace el marshmallow de Conbench), las reglas sobre el resultado en conjunto (machine_info o cluster_info, stats o error, una URL de repositorio de GitHub) y las comprobaciones que hace Conbench al almacenar un resultado (tags.name presente, una unidad que conozca). No hace falta ningún servidor.

Imprime una línea por cada resultado no válido: de dónde procede (su archivo o línea NDJSON), el campo y el motivo. Estado de salida 0 si todos los resultados son válidos, 3 si alguno no lo es; con --quiet no se imprime nada.

Sin --generation, un resultado solo cuenta como no válido si lo rechazarían los servidores de ambas generaciones. "submit result" y "post result" hacen la misma comprobación antes de enviar nada ("submit result" con la generación que encontró "start run").</translation>
    </message>
    <message>
        <source>Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with runs as entities) or current (later ones). Default: only what both refuse.</source>
        <translation>Comprobar con las reglas de esta generación de servidores de Conbench: 2023 (hasta agosto de 2023, con ejecuciones como entidades) o current (los posteriores). Predeterminado: solo lo que rechazan ambas.</translation>
    </message>
    <message>
        <source>--generation "%1" is not a generation of Conbench servers; give 2023 or current.</source>
        <translation>--generation "%1" no es una generación de servidores de Conbench; indicar 2023 o current.</translation>
    </message>
    <message>
        <source>the rules of Conbench servers up to August 2023</source>
        <translation>las reglas de los servidores de Conbench hasta agosto de 2023</translation>
    </message>
    <message>
        <source>the rules of current Conbench servers</source>
        <translation>las reglas de los servidores de Conbench actuales</translation>
    </message>
    <message>
        <source>the rules both generations of Conbench servers share</source>
        <translation>las reglas que comparten ambas generaciones de servidores de Conbench</translation>
    </message>
    <message>
        <source>%1 (by %2).</source>
        <translation>%1 (según %2).</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>La entrada no contiene objetos JSON.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results valid by %1.</source>
        <translation>
            <numerusform>%Ln resultado válido según %1.</numerusform>
            <numerusform>%Ln resultados válidos según %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
</context>
<context>
    <name>CheckedResultSource</name>
    <message numerus="yes">
        <source>%Ln of %L1 results would be refused by the server</source>
        <translation>
            <numerusform>el servidor rechazaría %Ln de %L1 resultados</numerusform>
            <numerusform>el servidor rechazaría %Ln de %L1 resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT, or run in the project's git checkout</source>
        <translation>el servidor necesita el github de cada resultado (su repositorio y commit): definir CONBENCH_PROJECT_REPOSITORY y CONBENCH_PROJECT_COMMIT, o ejecutarlo en el checkout de git del proyecto</translation>
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
        <translation>No se pudo leer el archivo de eventos %1 (GITHUB_EVENT_PATH): %2.</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>es demasiado grande</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.</source>
        <translation>El archivo de eventos %1 (GITHUB_EVENT_PATH) no es un objeto JSON: %2.</translation>
    </message>
    <message>
        <source>%1 in GITHUB_EVENT_PATH</source>
        <translation>%1 en GITHUB_EVENT_PATH</translation>
    </message>
    <message>
        <source>GITHUB_SHA (%1) is not the pull request's head commit; the head commit is used.</source>
        <translation>GITHUB_SHA (%1) no es el commit de cabeza del pull request; se usa el commit de cabeza.</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab's, not a GitHub pull request; it is not sent as a pull request number.</source>
        <translation>La merge request !%1 (CI_MERGE_REQUEST_IID) es de GitLab, no un pull request de GitHub; no se envía como número de pull request.</translation>
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
        <translation>%1 "%2" tiene una consulta, un fragmento o un nombre de usuario; indicar solo la dirección del servidor.</translation>
    </message>
    <message>
        <source>%1 "%2" ends with /api; give the server's address without it (%3).</source>
        <translation>%1 "%2" termina en /api; indicar la dirección del servidor sin /api (%3).</translation>
    </message>
    <message>
        <source>%1 "%2" is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>%1 "%2" no es una dirección http:// o https:// con host, como https://conbench.example.org.</translation>
    </message>
    <message>
        <source>%1 is not set; set it to the Conbench server's address, such as https://conbench.example.org.</source>
        <translation>%1 no está definida; asignarle la dirección del servidor Conbench, como https://conbench.example.org.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation>CONBENCH_PASSWORD está definida pero vacía; se ignora.</translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation>CONBENCH_EMAIL está definida pero CONBENCH_PASSWORD no; definir ambas para iniciar sesión, o ninguna para un servidor público.</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation>CONBENCH_PASSWORD está definida pero CONBENCH_EMAIL no; no se inicia sesión.</translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE="%1" is not a number of seconds.</source>
        <translation>BENCHCONNECT_RETRY_DEADLINE="%1" no es un número de segundos.</translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation>Las credenciales de %1 viajarían sin cifrar por http:// a %2; usar https:// salvo en una red de uso exclusivamente propio.</translation>
    </message>
    <message>
        <source>The server profile "%1" has the URL "%2", which is not an http:// or https:// address of a server (without /api); correct it in the window's Preferences &gt; Servers.</source>
        <translation>El perfil de servidor "%1" tiene la URL "%2", que no es una dirección http:// o https:// de un servidor (sin /api); corregirla en Preferencias &gt; Servidores de la ventana.</translation>
    </message>
    <message>
        <source>There is no server profile "%1": %2 holds no profiles; add them in the window's Preferences &gt; Servers.</source>
        <translation>No existe el perfil de servidor "%1": %2 no contiene perfiles; añadirlos en Preferencias &gt; Servidores de la ventana.</translation>
    </message>
    <message>
        <source>There is no server profile "%1"; the profiles in %2 are: %3.</source>
        <translation>No existe el perfil de servidor "%1"; los perfiles de %2 son: %3.</translation>
    </message>
    <message>
        <source>The server profile "%1" logs in as %2 but CONBENCH_PASSWORD is not set; set it (the command-line program does not read the keychain).</source>
        <translation>El perfil de servidor "%1" inicia sesión como %2, pero CONBENCH_PASSWORD no está definida; definirla (el programa de línea de comandos no lee el llavero).</translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT="%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>BENCHCONNECT_MAX_IN_FLIGHT="%1" no es "auto" ni un número del 1 al 64.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>Interrupted a second time: quit at once.</source>
        <translation>Interrumpido por segunda vez: se termina de inmediato.</translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation>El servidor Conbench, sin /api (obligatorio).</translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation>Iniciar sesión con esta cuenta (para un servidor privado).</translation>
    </message>
    <message>
        <source>The account's password; never printed.</source>
        <translation>La contraseña de la cuenta; nunca se imprime.</translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation>org/repo o https://github.com/org/repo: github.repository.</translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation>El SHA de commit de 40 caracteres hexadecimales: github.commit.</translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation>El número de pull request: github.pr_number (también se lee BENCHMARKABLE_PR_NUMBER).</translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation>Sustituye el nombre de host enviado como machine_info.name.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Uso: %1 %2 [opciones]</translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation>Entrada (indicar una; --json prevalece sobre NDJSON, que prevalece sobre --path):</translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation>Un objeto JSON con %1.</translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; "-", or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation>JSON delimitado por saltos de línea, %1 por línea, como argumento; con "-", o si no se indica nada más y la entrada estándar no es una terminal, se lee de la entrada estándar.</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Imprimir solo los errores.</translation>
    </message>
    <message>
        <source>Print what is done, step by step (never a password).</source>
        <translation>Imprimir lo que se hace, paso a paso (nunca una contraseña).</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <source>A file holding one %1, or a directory of them.</source>
        <translation>Un archivo con %1, o un directorio de tales archivos.</translation>
    </message>
    <message>
        <source>%1 (see %2 %3 --help)</source>
        <translation>%1 (ver %2 %3 --help)</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see %2 %3 --help)</source>
        <translation>Argumento inesperado "%1" (ver %2 %3 --help)</translation>
    </message>
    <message>
        <source>-q (--quiet) prints only errors and -v (--verbose) every step: give one of them, not both (see %1 %2 --help).</source>
        <translation>-q (--quiet) imprime solo errores y -v (--verbose) cada paso: indique una de las dos, no ambas (vea %1 %2 --help).</translation>
    </message>
    <message>
        <source>object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one; anything else named *.json there (a FIFO, a dangling link, a directory) is an error.</source>
        <translation>Un archivo con %1 como objeto JSON, o un directorio cuyos archivos *.json (sin recursión) contienen %1 cada uno; cualquier otra cosa llamada *.json allí (un FIFO, un enlace roto, un directorio) es un error.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes (default %1). Reading one takes several times its size in memory.</source>
        <translation>Rechazar un archivo o una línea NDJSON de más de MIB mebibytes (predeterminado: %1). Leer uno ocupa en memoria varias veces su tamaño.</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes.</source>
        <translation>Rechazar un archivo o una línea NDJSON de más de MIB mebibytes.</translation>
    </message>
    <message>
        <source>raise the limit with --max-input-size MIB if it is meant to be this large</source>
        <translation>aumentar el límite con --max-input-size MIB si debe ser así de grande</translation>
    </message>
    <message>
        <source>--%1 was given an empty value (an unset shell variable?); give %2, or leave the option out (see %3 %4 --help).</source>
        <translation>--%1 recibió un valor vacío (¿una variable de shell sin definir?); indicar %2 u omitir la opción (ver %3 %4 --help).</translation>
    </message>
    <message>
        <source>--max-input-size "%1" is not a positive number of mebibytes (at most %2).</source>
        <translation>--max-input-size "%1" no es un número positivo de mebibytes (como máximo %2).</translation>
    </message>
    <message>
        <source>%1 is set but blank; set it to the outbox directory, or unset it for the default (~/.local/share/benchconnect/outbox).</source>
        <translation>%1 está definida pero vacía; asignarle el directorio de la bandeja de salida, o quitarla para usar el predeterminado (~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>%1 is set but blank; ignoring it (--outbox is given).</source>
        <translation>%1 está definida pero vacía; se ignora (se indicó --outbox).</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox storage; 130 interrupted (see %1 --help).</source>
        <translation>Estado de salida: 0 éxito; 1 parte del trabajo sin hacer; 2 uso; 3 entrada; 4 configuración; 5 rechazado por el servidor; 6 servidor inalcanzable; 7 estado de la ejecución; 8 regresiones encontradas; 9 almacenamiento de la bandeja de salida; 130 interrumpido (ver %1 --help).</translation>
    </message>
    <message>
        <source>A file or a directory: %1s as JSON, or a benchmark tool's output (see --format).</source>
        <translation>Un archivo o un directorio: JSON (%1 por objeto) o la salida de una herramienta de benchmark (ver --format).</translation>
    </message>
    <message>
        <source>The format of the input: auto (the default for --path: each file's format from its content), conbench, or a tool's (%1). With --format, standard input is read whole in that format.</source>
        <translation>El formato de la entrada: auto (el predeterminado para --path: el formato de cada archivo según su contenido), conbench o el de una herramienta (%1). Con --format, la entrada estándar se lee entera en ese formato.</translation>
    </message>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>Formato desconocido "%1"; los formatos son: auto, %2.</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path recibió un valor vacío.</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>La entrada estándar contiene más de %L1 MiB; %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
</context>
<context>
    <name>CommandLineBuilder</name>
    <message>
        <source>Run tags (%1) are not part of a run: the command-line program sends the run_tags each result file holds.</source>
        <translation>Las etiquetas de ejecución (%1) no forman parte de una ejecución: el programa de línea de comandos envía los run_tags que contiene cada archivo de resultado.</translation>
    </message>
    <message>
        <source>The password is not copied. Set it first, without echoing it: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</source>
        <translation>La contraseña no se copia. Definirla antes, sin mostrarla: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>Left out, as in the window (cannot be sent): %1</source>
        <translation>Omitido, como en la ventana (no se puede enviar): %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a run with its baseline; fail a CI job on a regression.</source>
        <translation>Comparar una ejecución con su línea base; hacer fallar un trabajo de CI ante una regresión.</translation>
    </message>
    <message>
        <source>Compares the results of a run with those of its baseline run, as the Conbench server pairs and analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row per benchmark: its name and tags, the unit, the baseline's and the run's value, the change in percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), and a verdict: regression, improvement, no change, new, missing, error, or not compared (the server made no analysis of the two results, or their units differ). Regressions come first, then errors, then the largest changes.

RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last "finish run" here finished. The baseline is the first of the server's candidate baseline runs that exists (parent commit, fork point, latest default-branch commit), or the one named with --baseline, or the run whose id --baseline gives. When there is none, the server's reason for each candidate is printed and the exit status is 0. Servers up to 2023 name no candidates: there only --baseline RUN_ID works.

With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is appended to that file whatever --format says.</source>
        <translation>Compara los resultados de una ejecución con los de su ejecución de línea base, tal como el servidor Conbench los empareja y analiza (GET /api/compare/runs/BASELINE...RUN/, todas sus páginas), e imprime una fila por benchmark: su nombre y etiquetas, la unidad, el valor de la línea base y el de la ejecución, el cambio en porcentaje y la puntuación z retrospectiva (ambos negativos cuando la ejecución es peor, según el signo que usa Conbench) y un veredicto: regresión, mejora, sin cambios, nuevo, ausente, error o no comparado (el servidor no analizó los dos resultados, o sus unidades difieren). Primero van las regresiones, después los errores y luego los cambios más grandes.

De forma predeterminada, RUN_ID es la ejecución iniciada aquí (benchconnect-state.json) o, si no, la que finalizó aquí el último "finish run". La línea base es la primera de las ejecuciones candidatas a línea base del servidor que exista (commit padre, punto de bifurcación, último commit de la rama predeterminada), o la indicada con --baseline, o la ejecución cuyo id indica --baseline. Si no hay ninguna, se imprime el motivo del servidor para cada candidata y el estado de salida es 0. Los servidores hasta 2023 no indican candidatas: con ellos solo funciona --baseline RUN_ID.

Con --fail-on, el estado de salida es 8 cuando la comparación muestra lo que indica: un trabajo de CI falla ante una regresión. Si GITHUB_STEP_SUMMARY está definida (GitHub Actions), el resumen en markdown se añade a ese archivo, diga lo que diga --format.</translation>
    </message>
    <message>
        <source>The baseline: parent, fork_point, latest_default (a candidate the server names), or a run id. Default: the first candidate that exists, in that order.</source>
        <translation>La línea base: parent, fork_point, latest_default (una candidata que indica el servidor) o un id de ejecución. Predeterminado: la primera candidata que exista, en ese orden.</translation>
    </message>
    <message>
        <source>Call a change larger than PERCENT a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Considerar regresión o mejora un cambio mayor que PERCENT (se pasa al servidor; su valor predeterminado es 5).</translation>
    </message>
    <message>
        <source>Call a lookback z-score beyond Z a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Considerar regresión o mejora una puntuación z retrospectiva que supere Z (se pasa al servidor; su valor predeterminado es 5).</translation>
    </message>
    <message>
        <source>Print the comparison as text (default), markdown (a summary for a pull-request comment) or json.</source>
        <translation>Imprimir la comparación como text (predeterminado), markdown (un resumen para un comentario de pull request) o json.</translation>
    </message>
    <message>
        <source>Exit with status 8 when the comparison shows a regression, an error, any of those or a benchmark missing or not compared (any), or never (default).</source>
        <translation>Salir con estado 8 cuando la comparación muestre una regresión (regression), un error (error), cualquiera de ellos o un benchmark ausente o no comparado (any), o nunca (never, predeterminado).</translation>
    </message>
    <message>
        <source>Read the comparison N benchmarks a page (default: the server's).</source>
        <translation>Leer la comparación en páginas de N benchmarks (predeterminado: lo que use el servidor).</translation>
    </message>
    <message>
        <source>The run to compare (default: the run started here, else the one "finish run" finished last here).</source>
        <translation>La ejecución a comparar (predeterminado: la iniciada aquí o, si no, la que finalizó aquí el último "finish run").</translation>
    </message>
    <message>
        <source>Give one run id; got %1 (see benchconnect compare run --help).</source>
        <translation>Indicar un solo id de ejecución; se recibió %1 (ver benchconnect compare run --help).</translation>
    </message>
    <message>
        <source>No run to compare: give its id (benchconnect compare run RUN_ID), or run this where "start run" or "finish run" ran.</source>
        <translation>No hay ninguna ejecución que comparar: indicar su id (benchconnect compare run RUN_ID) o ejecutar esto donde se ejecutó "start run" o "finish run".</translation>
    </message>
    <message>
        <source>Run %1 was sent to %2, not to %3; comparing it on %3.</source>
        <translation>La ejecución %1 se envió a %2, no a %3; se compara en %3.</translation>
    </message>
    <message>
        <source>--threshold "%1" is not a positive number of percent.</source>
        <translation>--threshold "%1" no es un porcentaje positivo.</translation>
    </message>
    <message>
        <source>--threshold-z "%1" is not a positive number.</source>
        <translation>--threshold-z "%1" no es un número positivo.</translation>
    </message>
    <message>
        <source>--page-size "%1" is not a number from 1 to 1000.</source>
        <translation>--page-size "%1" no es un número del 1 al 1000.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not one of text, markdown, json.</source>
        <translation>--%1 "%2" no es text, markdown ni json.</translation>
    </message>
    <message>
        <source>--fail-on "%1" is not one of regression, error, any, never.</source>
        <translation>--fail-on "%1" no es regression, error, any ni never.</translation>
    </message>
    <message>
        <source>GITHUB_STEP_SUMMARY: cannot append to %1: %2</source>
        <translation>GITHUB_STEP_SUMMARY: no se puede añadir a %1: %2</translation>
    </message>
    <message>
        <source>Nothing compared: run %1 has no baseline.</source>
        <translation>No se comparó nada: la ejecución %1 no tiene línea base.</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare (this server keeps a run only through its results).</source>
        <translation>La ejecución %1 no contiene resultados en el servidor: no hay nada que comparar (este servidor solo guarda una ejecución a través de sus resultados).</translation>
    </message>
    <message>
        <source>The comparison fails the gate (--fail-on %1): %2.</source>
        <translation>La comparación no supera el control (--fail-on %1): %2.</translation>
    </message>
    <message>
        <source>%1; give the run's id: benchconnect compare run RUN_ID.</source>
        <translation>%1; indique el id de la ejecución: benchconnect compare run RUN_ID.</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>The run to compare (the last one submitted)</source>
        <translation>La ejecución a comparar (la última enviada)</translation>
    </message>
    <message>
        <source>First candidate the server offers</source>
        <translation>Primera candidata que ofrezca el servidor</translation>
    </message>
    <message>
        <source>Parent commit</source>
        <translation>Commit padre</translation>
    </message>
    <message>
        <source>Fork point</source>
        <translation>Punto de bifurcación</translation>
    </message>
    <message>
        <source>Latest default-branch commit</source>
        <translation>Último commit de la rama predeterminada</translation>
    </message>
    <message>
        <source>A candidate baseline the server names, or type the id of a baseline run</source>
        <translation>Una candidata a línea base que indica el servidor; o escribir el id de una ejecución de línea base</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>predeterminado del servidor</translation>
    </message>
    <message>
        <source>A change larger than this is a regression or improvement</source>
        <translation>Un cambio mayor que este es una regresión o una mejora</translation>
    </message>
    <message>
        <source>A lookback z-score beyond this is a regression or improvement</source>
        <translation>Una puntuación z retrospectiva que supere esta es una regresión o una mejora</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Read the comparison from the server again (its z-scores change as history arrives)</source>
        <translation>Volver a leer la comparación del servidor (sus puntuaciones z cambian a medida que llega historial)</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>Filtrar benchmarks</translation>
    </message>
    <message>
        <source>Submit a run, or enter a run's id, then compare it with its baseline.</source>
        <translation>Enviar una ejecución o introducir su id, y luego compararla con su línea base.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Línea base:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>Umbral:</translation>
    </message>
    <message>
        <source>z:</source>
        <translation>z:</translation>
    </message>
    <message>
        <source>Enter the id of the run to compare.</source>
        <translation>Introducir el id de la ejecución a comparar.</translation>
    </message>
    <message>
        <source>Set the server first.</source>
        <translation>Primero hay que indicar el servidor.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Comparing run %1…</source>
        <translation>Comparando la ejecución %1…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>Ninguna: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>La ejecución %1 no tiene línea base con la que compararla: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2: %3.</source>
        <translation>Se comparó la ejecución %1 con la ejecución de línea base %2: %3.</translation>
    </message>
    <message>
        <source>Open the comparison on the server</source>
        <translation>Abrir la comparación en el servidor</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Reading run %1</source>
        <translation>Leyendo la ejecución %1</translation>
    </message>
    <message>
        <source>Run %1 is not on the server (404): check the run id. (A current Conbench server holds a run only once it has stored one of its results.)</source>
        <translation>La ejecución %1 no está en el servidor (404): comprobar el id de la ejecución. (Un servidor Conbench actual solo tiene una ejecución una vez que ha guardado uno de sus resultados.)</translation>
    </message>
    <message>
        <source>Run %1 could not be read: %2</source>
        <translation>No se pudo leer la ejecución %1: %2</translation>
    </message>
    <message>
        <source>The baseline run %1 is not on the server (404): check the id given with --baseline.</source>
        <translation>La ejecución de línea base %1 no está en el servidor (404): comprobar el id indicado con --baseline.</translation>
    </message>
    <message>
        <source>The baseline run %1 could not be read: %2</source>
        <translation>No se pudo leer la ejecución de línea base %1: %2</translation>
    </message>
    <message>
        <source>this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline's run id with --baseline RUN_ID.</source>
        <translation>este servidor Conbench (2023 o anterior) no indica ejecuciones candidatas a línea base; indicar el id de la ejecución de línea base con --baseline RUN_ID.</translation>
    </message>
    <message>
        <source>no baseline run found</source>
        <translation>no se encontró ninguna ejecución de línea base</translation>
    </message>
    <message>
        <source>the server named no candidate baseline runs</source>
        <translation>el servidor no indicó ninguna ejecución candidata a línea base</translation>
    </message>
    <message>
        <source>the server named no %1 candidate</source>
        <translation>el servidor no indicó ninguna candidata %1</translation>
    </message>
    <message>
        <source>Reading page %1 of the comparison</source>
        <translation>Leyendo la página %1 de la comparación</translation>
    </message>
    <message>
        <source>The server has no comparison of runs %1 and %2 (404): %3</source>
        <translation>El servidor no tiene ninguna comparación de las ejecuciones %1 y %2 (404): %3</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>No se pudo leer la comparación: %1</translation>
    </message>
    <message>
        <source>The server's comparison is not in a form Conbench answers with.</source>
        <translation>La comparación del servidor no tiene la forma con la que responde Conbench.</translation>
    </message>
    <message>
        <source>The server's comparison pages do not end (cursor %1 again).</source>
        <translation>Las páginas de la comparación del servidor no terminan (otra vez el cursor %1).</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare.</source>
        <translation>La ejecución %1 no contiene resultados en el servidor: no hay nada que comparar.</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Se canceló la comparación.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds no run id</source>
        <translation>%1 está dañado: no contiene ningún id de ejecución</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Contendiente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Puntuación z</translation>
    </message>
    <message>
        <source>%1
Double-click to open the result's page: %2</source>
        <translation>%1
Doble clic para abrir la página del resultado: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>parent commit</source>
        <translation>commit padre</translation>
    </message>
    <message>
        <source>fork point</source>
        <translation>punto de bifurcación</translation>
    </message>
    <message>
        <source>latest default-branch commit</source>
        <translation>último commit de la rama predeterminada</translation>
    </message>
    <message>
        <source>given with --baseline</source>
        <translation>indicada con --baseline</translation>
    </message>
    <message numerus="yes">
        <source>%Ln regressions</source>
        <translation>
            <numerusform>%Ln regresión</numerusform>
            <numerusform>%Ln regresiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvements</source>
        <translation>
            <numerusform>%Ln mejora</numerusform>
            <numerusform>%Ln mejoras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without change</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>%Ln con errores</numerusform>
            <numerusform>%Ln con errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln ausente</numerusform>
            <numerusform>%Ln ausentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compared</source>
        <translation>
            <numerusform>%Ln no comparado</numerusform>
            <numerusform>%Ln no comparados</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>La ejecución %1 no tiene línea base con la que compararla: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2 (%3).</source>
        <translation>Se comparó la ejecución %1 con la ejecución de línea base %2 (%3).</translation>
    </message>
    <message>
        <source>The two runs share no benchmarks.</source>
        <translation>Las dos ejecuciones no comparten ningún benchmark.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Línea base</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>Contendiente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>Puntuación z</translation>
    </message>
    <message>
        <source>Benchmark comparison: no baseline</source>
        <translation>Comparación de benchmarks: sin línea base</translation>
    </message>
    <message>
        <source>Run `%1` has no baseline to compare with: %2</source>
        <translation>La ejecución `%1` no tiene línea base con la que compararla: %2</translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>Comparación de benchmarks: %Ln regresión</numerusform>
            <numerusform>Comparación de benchmarks: %Ln regresiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark comparison: no regressions</source>
        <translation>Comparación de benchmarks: sin regresiones</translation>
    </message>
    <message>
        <source>Benchmark comparison: no benchmark compared</source>
        <translation>Comparación de benchmarks: ningún benchmark comparado</translation>
    </message>
    <message>
        <source>Benchmark comparison: %1</source>
        <translation>Comparación de benchmarks: %1</translation>
    </message>
    <message>
        <source>Run `%1` compared with baseline run `%2` (%3)</source>
        <translation>Se comparó la ejecución `%1` con la ejecución de línea base `%2` (%3)</translation>
    </message>
    <message>
        <source>comparison on Conbench</source>
        <translation>comparación en Conbench</translation>
    </message>
    <message>
        <source>change threshold %1 %</source>
        <translation>umbral de cambio %1 %</translation>
    </message>
    <message>
        <source>the server's change threshold</source>
        <translation>el umbral de cambio del servidor</translation>
    </message>
    <message>
        <source>z-score threshold %1</source>
        <translation>umbral de puntuación z %1</translation>
    </message>
    <message>
        <source>the server's z-score threshold</source>
        <translation>el umbral de puntuación z del servidor</translation>
    </message>
    <message>
        <source>A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).</source>
        <translation>Un cambio o una puntuación z negativos son peores, según el signo que usa Conbench (más lento o con menor caudal).</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>regression</source>
        <translation>regresión</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>mejora</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>new in this run, and its result failed: %1</source>
        <translation>nuevo en esta ejecución, y su resultado falló: %1</translation>
    </message>
    <message>
        <source>the run's result failed: %1</source>
        <translation>el resultado de la ejecución falló: %1</translation>
    </message>
    <message>
        <source>the baseline's result failed: %1</source>
        <translation>el resultado de la línea base falló: %1</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>no comparado</translation>
    </message>
    <message>
        <source>the server made no analysis: the baseline's value is 0</source>
        <translation>el servidor no hizo ningún análisis: el valor de la línea base es 0</translation>
    </message>
    <message>
        <source>the server made no analysis: a result has no value</source>
        <translation>el servidor no hizo ningún análisis: un resultado no tiene valor</translation>
    </message>
    <message>
        <source>the server made no analysis</source>
        <translation>el servidor no hizo ningún análisis</translation>
    </message>
    <message>
        <source>the unit changed from %1 to %2</source>
        <translation>la unidad cambió de %1 a %2</translation>
    </message>
</context>
<context>
    <name>ConbenchAdapter</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation>el archivo no contiene ningún objeto JSON</translation>
    </message>
    <message>
        <source>Conbench result JSON (one object, or one per line)</source>
        <translation>JSON de resultados de Conbench (un objeto, o uno por línea)</translation>
    </message>
</context>
<context>
    <name>ConbenchClient</name>
    <message>
        <source>no answer within %L1 s</source>
        <translation>sin respuesta en %L1 s</translation>
    </message>
    <message>
        <source>stopped before the server confirmed it</source>
        <translation>detenido antes de que el servidor lo confirmara</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation>el certificado TLS de %1 no es de confianza (%2); indicar su certificado de CA con --ca-bundle o BENCHCONNECT_CA_BUNDLE o, solo en una red de confianza, usar --insecure</translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation>el servidor rechazó las credenciales de %1 (%2)</translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation>el servidor exige iniciar sesión (%1); definir CONBENCH_EMAIL y CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation>el servidor rechazó la petición incluso tras volver a iniciar sesión (%1)</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation>el servidor redirigió %1 a %2, y benchconnect no sigue redirecciones (las credenciales nunca van a otro host); asignar a CONBENCH_URL la dirección que responde</translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation>sin respuesta utilizable de %1 (intentos: %2, reintentado hasta el plazo de %3 s); último problema: %4</translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation>no se pueden leer los resultados de la ejecución %1: %2</translation>
    </message>
    <message>
        <source>cannot check whether the server stored it already (%1); it is not sent again until that can be checked</source>
        <translation>no se puede comprobar si el servidor ya lo almacenó (%1); no se vuelve a enviar hasta que pueda comprobarse</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>el servidor cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>no se encontró el host %1</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>la red no está disponible</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>falló el proxy (%1)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>error de red %1</translation>
    </message>
    <message>
        <source>%1 did not give a Conbench answer (%2); check CONBENCH_URL and any proxy or network log-in page in between</source>
        <translation>%1 no dio una respuesta de Conbench (%2); comprobar CONBENCH_URL y cualquier proxy o página de inicio de sesión de red intermedios</translation>
    </message>
    <message>
        <source>the server ended the session right after logging in again (%1 answered %2); nothing more is sent. A proxy or load balancer in between may drop the session cookie; the results wait in the outbox</source>
        <translation>el servidor terminó la sesión justo después de volver a iniciar sesión (%1 respondió %2); no se envía nada más. Puede que un proxy o balanceador de carga intermedio descarte la cookie de sesión; los resultados esperan en la bandeja de salida</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>sin cuerpo</translation>
    </message>
    <message>
        <source>no id of a stored result</source>
        <translation>sin id de un resultado almacenado</translation>
    </message>
    <message>
        <source>cancelled after a failed attempt: %1</source>
        <translation>cancelado tras un intento fallido: %1</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of %3 s allows (%4 s left); the results wait in the outbox, send them later with "benchconnect outbox retry" or allow more with --retry-deadline</source>
        <translation>%1 pidió esperar %2 s antes de reintentar (Retry-After), más de lo que permite el plazo de reintentos de %3 s (quedan %4 s); los resultados esperan en la bandeja de salida: enviarlos más tarde con "benchconnect outbox retry" o permitir más con --retry-deadline</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 falló (%2); se reintentará en %3 s.</translation>
    </message>
</context>
<context>
    <name>ConbenchSchema</name>
    <message>
        <source>%1 is not a GitHub repository URL (https://github.com/ORG/REPO)</source>
        <translation>%1 no es una URL de repositorio de GitHub (https://github.com/ORG/REPO)</translation>
    </message>
    <message>
        <source>is empty (give the commit's hash, or leave the field out)</source>
        <translation>está vacío (indicar el hash del commit u omitir el campo)</translation>
    </message>
    <message>
        <source>missing (give machine_info or cluster_info)</source>
        <translation>falta (indicar machine_info o cluster_info)</translation>
    </message>
    <message>
        <source>given together with machine_info (give only one of them)</source>
        <translation>se indica junto con machine_info (indicar solo uno de los dos)</translation>
    </message>
    <message>
        <source>%1 is not an object of strings</source>
        <translation>%1 no es un objeto de cadenas</translation>
    </message>
    <message>
        <source>holds an empty key (keys must be non-empty strings)</source>
        <translation>contiene una clave vacía (las claves deben ser cadenas no vacías)</translation>
    </message>
    <message>
        <source>%1 is not a string (run_tags values must be strings)</source>
        <translation>%1 no es una cadena (los valores de run_tags deben ser cadenas)</translation>
    </message>
    <message>
        <source>missing (give stats, or error for a benchmark that failed)</source>
        <translation>falta (indicar stats, o error para un benchmark que falló)</translation>
    </message>
    <message>
        <source>missing (Conbench needs the benchmark's name there)</source>
        <translation>falta (Conbench necesita ahí el nombre del benchmark)</translation>
    </message>
    <message>
        <source>%1 is an object or a list (tag values must be plain values)</source>
        <translation>%1 es un objeto o una lista (los valores de las etiquetas deben ser valores simples)</translation>
    </message>
    <message>
        <source>%1 is not a unit Conbench accepts (%2)</source>
        <translation>%1 no es una unidad que Conbench acepte (%2)</translation>
    </message>
    <message>
        <source>not a field the server knows</source>
        <translation>no es un campo que el servidor conozca</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>falta (obligatorio)</translation>
    </message>
    <message>
        <source>may not be null, empty or blank</source>
        <translation>no puede ser nulo, vacío ni en blanco</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 no es una cadena</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 no es un entero</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 no es un número</translation>
    </message>
    <message>
        <source>%1: NaN and infinity are not allowed</source>
        <translation>%1: NaN e infinito no están permitidos</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 no es una lista</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 no es un objeto</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)</source>
        <translation>%1 no es una fecha y hora ISO 8601 (2026-01-31T12:00:00+00:00)</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 no es una dirección de correo electrónico</translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message>
        <source>%1: the file is larger than %L2 MiB</source>
        <translation>%1: el archivo ocupa más de %L2 MiB</translation>
    </message>
    <message>
        <source>%1: the throughput per second is beyond the largest number a result can hold; it is left out.</source>
        <translation>%1: el rendimiento por segundo supera el mayor número que puede contener un resultado; se omite.</translation>
    </message>
    <message>
        <source>%1: %2 ns over %3 iterations is beyond the largest number a result can hold (%4); nothing of the folder is converted.</source>
        <translation>%1: %2 ns en %3 iteraciones supera el mayor número que puede contener un resultado (%4); no se convierte nada de la carpeta.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>Criterion's output is a folder: give target/criterion (or a folder inside it)</source>
        <translation>La salida de Criterion es una carpeta: indicar target/criterion (o una carpeta dentro de ella)</translation>
    </message>
    <message>
        <source>no benchmark in the folder (Criterion writes &lt;benchmark&gt;/new/benchmark.json)</source>
        <translation>no hay ningún benchmark en la carpeta (Criterion escribe &lt;benchmark&gt;/new/benchmark.json)</translation>
    </message>
    <message>
        <source>%1: "iters" and "times" differ in length</source>
        <translation>%1: "iters" y "times" tienen longitudes distintas</translation>
    </message>
    <message>
        <source>Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json are missing or empty)</source>
        <translation>Criterion no registró ninguna medición para %1 (new/sample.json y new/estimates.json faltan o están vacíos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln benchmark no tiene new/sample.json; su estimación de la media representa los datos.</numerusform>
            <numerusform>%Ln benchmarks no tienen new/sample.json; su estimación de la media representa los datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rust Criterion's target/criterion folder</source>
        <translation>Carpeta target/criterion de Rust Criterion</translation>
    </message>
</context>
<context>
    <name>CustomAdapter</name>
    <message>
        <source>not github-action-benchmark JSON: it is not a list of {"name", "unit", "value"}</source>
        <translation>no es JSON de github-action-benchmark: no es una lista de {"name", "unit", "value"}</translation>
    </message>
    <message>
        <source>entry %1 (%2) has no numeric "value"</source>
        <translation>la entrada %1 (%2) no tiene un "value" numérico</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>%1: the unit "%2" has no Conbench unit (s, ns, B/s, i/s); left out.</source>
        <translation>%1: la unidad "%2" no tiene equivalente en Conbench (s, ns, B/s, i/s); se omite.</translation>
    </message>
    <message>
        <source>github-action-benchmark's custom JSON ([{"name", "unit", "value"}])</source>
        <translation>JSON personalizado de github-action-benchmark ([{"name", "unit", "value"}])</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation>Envía resultados de benchmark a un servidor Conbench: completa sus valores predeterminados (máquina, commit, marcas de tiempo), inicia y finaliza ejecuciones y publica resultados, guardando cada resultado en una bandeja de salida hasta que el servidor lo confirme.</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>the work was done only in part (the server refused some results and stored others)</source>
        <translation>el trabajo se hizo solo en parte (el servidor rechazó algunos resultados y guardó otros)</translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation>subcomando desconocido, opción o valor de opción incorrectos</translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation>sin entrada, un archivo ilegible, JSON no válido o un campo inutilizable</translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation>falta una variable CONBENCH_* o no es válida</translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation>el servidor rechazó la petición o las credenciales</translation>
    </message>
    <message>
        <source>the run's state file is missing, exists already, disagrees with the input, or cannot be written</source>
        <translation>el archivo de estado de la ejecución falta, ya existe, no concuerda con la entrada o no se puede escribir</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation>interrumpido (Ctrl-C); no se perdió nada de lo aceptado</translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation>Segundos durante los que se reintenta una petición (predeterminado: 1800).</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation>Un archivo PEM de certificados de CA en los que confiar además.</translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation>El directorio de la bandeja de salida (predeterminado: ~/.local/share/benchconnect/outbox).</translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation>Peticiones en curso a la vez al enviar resultados (predeterminado: 4).</translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation>Uso: benchconnect SUBCOMANDO [opciones]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Subcomandos:</translation>
    </message>
    <message>
        <source>Run "benchconnect SUBCOMMAND --help" for the options of each.</source>
        <translation>Ejecutar "benchconnect SUBCOMANDO --help" para ver las opciones de cada uno.</translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation>Uso típico en un trabajo de CI:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Estado de salida:</translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to "post result" or "post run".</source>
        <translation>Completa los valores predeterminados de resultados o ejecuciones (máquina, commit, marcas de tiempo, ids) y los imprime como NDJSON, un objeto por línea, sin contactar con ningún servidor. La salida puede pasarse por tubería a "post result" o "post run".</translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation>Envía resultados o ejecuciones al servidor Conbench exactamente como se indican, sin completar valores predeterminados. Los resultados pasan por la bandeja de salida, así que ninguno se pierde cuando el servidor falla.</translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the "id" of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation>Actualiza ejecuciones en el servidor Conbench: el "id" de cada ejecución va en la URL y sus demás campos (como finished_timestamp), en el cuerpo.</translation>
    </message>
    <message>
        <source>The run workflow: "start run" creates a run and writes the state file, "submit result" adds results to it, "finish run" ends it and removes the state file.</source>
        <translation>El flujo de una ejecución: "start run" crea una ejecución y escribe el archivo de estado, "submit result" le añade resultados y "finish run" la finaliza y elimina el archivo de estado.</translation>
    </message>
    <message>
        <source>Every result that "submit result" or "post result" accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation>Cada resultado que aceptan "submit result" o "post result" espera en la bandeja de salida hasta que el servidor lo confirme. Estos subcomandos muestran, envían y quitan lo que espera allí.</translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation>Uso: benchconnect %1 SUBCOMANDO [opciones]</translation>
    </message>
    <message>
        <source>Run "benchconnect %1 --help" for the input, options and examples of each (for example "benchconnect %2 --help"), and "benchconnect --help" for every subcommand, the environment and the exit status.</source>
        <translation>Ejecutar "benchconnect %1 --help" para ver la entrada, las opciones y los ejemplos de cada uno (por ejemplo, "benchconnect %2 --help"), y "benchconnect --help" para ver todos los subcomandos, el entorno y el estado de salida.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1". The subcommands are: %2. See benchconnect --help.</source>
        <translation>Subcomando desconocido "%1". Los subcomandos son: %2. Ver benchconnect --help.</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1 %2". "%1" takes one of: %3 (see benchconnect %1 --help).</source>
        <translation>Subcomando desconocido "%1 %2". "%1" admite uno de: %3 (ver benchconnect %1 --help).</translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline, or what answered was not Conbench (at the first request or part-way)</source>
        <translation>el servidor no respondió antes del plazo de reintentos, o lo que respondió no era Conbench (en la primera petición o a mitad de camino)</translation>
    </message>
    <message>
        <source>the outbox could not be written or read (disk full, permissions)</source>
        <translation>no se pudo escribir o leer la bandeja de salida (disco lleno, permisos)</translation>
    </message>
    <message>
        <source>Turns the output files of benchmark tools into Conbench results, with their defaults filled in, and prints them as NDJSON, without talking to a server. The formats: %1.</source>
        <translation>Convierte los archivos de salida de herramientas de benchmark en resultados de Conbench, con sus valores predeterminados completados, y los imprime como NDJSON, sin contactar con ningún servidor. Los formatos: %1.</translation>
    </message>
    <message>
        <source>regressions found: compare --fail-on (or --compare) found what it names in the comparison</source>
        <translation>se encontraron regresiones: compare --fail-on (o --compare) encontró en la comparación lo que indica</translation>
    </message>
    <message>
        <source>Compares a run with its baseline run on the Conbench server and prints which benchmarks regressed; with --fail-on it fails a CI job on a regression (exit status 8).</source>
        <translation>Compara una ejecución con su ejecución de línea base en el servidor Conbench e imprime qué benchmarks tienen regresiones; con --fail-on hace fallar un trabajo de CI ante una regresión (estado de salida 8).</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop folders of result files (*.json) or single files here, or click to choose them</source>
        <translation>Soltar aquí carpetas de archivos de resultados (*.json) o archivos sueltos, o pulsar para elegirlos</translation>
    </message>
    <message>
        <source>Drop result folders or files here, or click to add</source>
        <translation>Soltar aquí carpetas o archivos de resultados, o pulsar para añadir</translation>
    </message>
</context>
<context>
    <name>FinishRunCommand</name>
    <message>
        <source>Finish the started run and remove the state file.</source>
        <translation>Finalizar la ejecución iniciada y eliminar el archivo de estado.</translation>
    </message>
    <message>
        <source>run update</source>
        <translation>una actualización de ejecución</translation>
    </message>
    <message>
        <source>The JSON names run "%1" but the run started here is "%2".</source>
        <translation>El JSON nombra la ejecución "%1", pero la ejecución iniciada aquí es "%2".</translation>
    </message>
    <message>
        <source>"finish run" takes only %1; the JSON holds "%2".</source>
        <translation>"finish run" solo admite %1; el JSON contiene "%2".</translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation>error_type y error_info no se pueden almacenar allí; el archivo de estado se elimina.</translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation>El archivo de estado se elimina.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation>La ejecución no se finalizó: %1 (se conserva el archivo de estado; volver a intentarlo)</translation>
    </message>
    <message>
        <source>The run was not finished: the server refused the update as it is: %1 (the state file is kept; correct what --json gives and run finish run again)</source>
        <translation>La ejecución no se finalizó: el servidor rechazó la actualización tal como está: %1 (el archivo de estado se conserva; corregir lo que da --json y volver a ejecutar finish run)</translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an error). The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation>Marca como finalizada la ejecución iniciada aquí: envía finished_timestamp (ahora, salvo que se indique) y, si se indican, error_type, error_info e info a PUT /api/runs/ID/ con el id de benchconnect-state.json, en el servidor en el que se inició la ejecución (otra CONBENCH_URL es un error). El archivo de estado se elimina en cuanto el servidor lo acepta.

Sin entrada JSON solo se envía finished_timestamp. La entrada estándar se lee cuando no se da nada más y no es un terminal; si no llega nada por ella en 2 s (una tubería que un ejecutor de CI deja abierta), no se la espera y se avisa ("-" la espera). Los servidores desde finales de 2023 mantienen las ejecuciones implícitamente: responden 405, lo que se informa una vez, y el archivo de estado se elimina igualmente.</translation>
    </message>
    <message>
        <source>%1 (run %2 is finished; "benchconnect compare run %2" compares it)</source>
        <translation>%1 (la ejecución %2 está finalizada; "benchconnect compare run %2" la compara)</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>the watch journal cannot be written</source>
        <translation>no se puede escribir el registro de vigilancia</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): give it in the folder's run.json, which sends the folder again, or set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT for the folders to come</source>
        <translation>el servidor necesita el github de cada resultado (su repositorio y su commit): indíquelo en el run.json de la carpeta, lo que vuelve a enviar la carpeta, o defina CONBENCH_PROJECT_REPOSITORY y CONBENCH_PROJECT_COMMIT para las carpetas que vengan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its results would be refused by the server, as the first: %1</source>
        <translation>
            <numerusform>%Ln de sus resultados sería rechazado por el servidor: %1</numerusform>
            <numerusform>%Ln de sus resultados serían rechazados por el servidor, como el primero: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: the run id "%3" it gives is not used: watch gives each folder's run an id of its own, kept in its journal so that a restart continues the same run (this one is %4)</source>
        <translation>%1: %2: el id de ejecución "%3" que indica no se usa: watch da a la ejecución de cada carpeta un id propio, guardado en su registro de vigilancia para que un reinicio continúe la misma ejecución (esta es %4)</translation>
    </message>
    <message>
        <source>%1: the commit "%2" is not a 40-character hexadecimal SHA: Conbench would file the run under a commit it does not know; give the full SHA (git rev-parse HEAD)</source>
        <translation>%1: el commit "%2" no es un SHA hexadecimal de 40 caracteres: Conbench archivaría la ejecución bajo un commit que no conoce; indique el SHA completo (git rev-parse HEAD)</translation>
    </message>
    <message>
        <source>%1: unknown key "%2": a Conbench server would refuse the run or drop the key (run.json gives reason, name, info, github, tags, hardware, or Conbench's other run fields)</source>
        <translation>%1: clave desconocida "%2": un servidor Conbench rechazaría la ejecución o descartaría la clave (run.json da reason, name, info, github, tags, hardware u otros campos de ejecución de Conbench)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the folder holds no result files</source>
        <translation>la carpeta no contiene archivos de resultados</translation>
    </message>
    <message>
        <source>the server refused the run: %1</source>
        <translation>el servidor rechazó la ejecución: %1</translation>
    </message>
    <message>
        <source>another process is sending its results</source>
        <translation>otro proceso está enviando sus resultados</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>no se pudo contactar con el servidor</translation>
    </message>
    <message>
        <source>the server refused to finish the run: %1</source>
        <translation>el servidor rechazó finalizar la ejecución: %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>rechazado por el servidor: %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: no es un directorio; indicar la carpeta en la que los equipos escriben sus resultados.</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent; sending it again as a new run (--resend-changed).</source>
        <translation>%1: sus archivos cambiaron después de enviarla; se vuelve a enviar como ejecución nueva (--resend-changed).</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent as run %2; it is not sent again (give --resend-changed to send it as a new run).</source>
        <translation>%1: sus archivos cambiaron después de enviarla como ejecución %2; no se vuelve a enviar (indicar --resend-changed para enviarla como ejecución nueva).</translation>
    </message>
    <message>
        <source>%1: it holds the same files as %2 (renamed or moved?), which was sent as run %3; it is not sent again.</source>
        <translation>%1: contiene los mismos archivos que %2 (¿renombrada o movida?), que se envió como ejecución %3; no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>the same files as %1, sent as run %2; not sent again</source>
        <translation>los mismos archivos que %1, enviada como ejecución %2; no se vuelve a enviar</translation>
    </message>
    <message>
        <source>%1: its files changed since it failed (nothing of it was sent); it is tried again.</source>
        <translation>%1: sus archivos cambiaron desde que falló (no se envió nada de ella); se vuelve a intentar.</translation>
    </message>
    <message>
        <source>the folder was removed before its results were read</source>
        <translation>la carpeta se eliminó antes de leer sus resultados</translation>
    </message>
    <message>
        <source>%1: not sent now (%2); it waits and is sent when the server can be reached.</source>
        <translation>%1: no se envía ahora (%2); queda en espera y se envía cuando se pueda contactar con el servidor.</translation>
    </message>
    <message>
        <source>%1: %2; stopping.</source>
        <translation>%1: %2; deteniendo.</translation>
    </message>
    <message>
        <source>it was copied there, but could not be removed from here</source>
        <translation>se copió allí, pero no se pudo eliminar de aquí</translation>
    </message>
    <message>
        <source>a folder of that name is there already</source>
        <translation>allí ya hay una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>%1: sent, but it could not be moved to %2 (%3); it stays where it is.</source>
        <translation>%1: enviada, pero no se pudo mover a %2 (%3); se queda donde está.</translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message>
        <source>not Google Benchmark JSON: it has no "context" object and "benchmarks" list</source>
        <translation>no es JSON de Google Benchmark: no tiene un objeto "context" y una lista "benchmarks"</translation>
    </message>
    <message>
        <source>benchmark row %1: %2</source>
        <translation>fila de benchmark %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown time_unit "%2"</source>
        <translation>%1: time_unit desconocido "%2"</translation>
    </message>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>%Ln fila de agregado (mean, median, stddev, cv, BigO, RMS) no es un resultado; las repeticiones que resume sí lo son.</numerusform>
            <numerusform>%Ln filas de agregados (mean, median, stddev, cv, BigO, RMS) no son resultados; las repeticiones que resumen sí lo son.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters %1 have no Conbench unit; they are kept in info.</source>
        <translation>Los contadores %1 no tienen unidad de Conbench; se guardan en info.</translation>
    </message>
    <message>
        <source>Google Benchmark JSON (--benchmark_format=json)</source>
        <translation>JSON de Google Benchmark (--benchmark_format=json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</source>
        <translation>
            <numerusform>%Ln benchmark tiene filas de agregado pero ninguna repetición en el archivo (escrito con --benchmark_report_aggregates_only): su media hace de dato, con la mediana y la desviación estándar al lado.</numerusform>
            <numerusform>%Ln benchmarks tienen filas de agregado pero ninguna repetición en el archivo (escrito con --benchmark_report_aggregates_only): su media hace de dato, con la mediana y la desviación estándar al lado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCheckout</name>
    <message>
        <source>git is not installed (not found in PATH); the checkout in %1 is not read.</source>
        <translation>git no está instalado (no se encontró en PATH); no se lee la copia de trabajo de %1.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <source>git (%1) could not be started.</source>
        <translation>No se pudo iniciar git (%1).</translation>
    </message>
    <message>
        <source>git did not answer within %L1 s in %2; the checkout is not read.</source>
        <translation>git no respondió en %L1 s en %2; no se lee la copia de trabajo.</translation>
    </message>
    <message>
        <source>%1 is not in a git checkout.</source>
        <translation>%1 no está en una copia de trabajo de git.</translation>
    </message>
    <message>
        <source>git could not read the checkout in %1: %2</source>
        <translation>git no pudo leer la copia de trabajo de %1: %2</translation>
    </message>
    <message>
        <source>the git checkout in %1</source>
        <translation>la copia de trabajo de git en %1</translation>
    </message>
    <message>
        <source>HEAD (git status)</source>
        <translation>HEAD (git status)</translation>
    </message>
    <message>
        <source>the branch checked out (git status)</source>
        <translation>la rama activa (git status)</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no commit yet.</source>
        <translation>La copia de trabajo de git en %1 aún no tiene ningún commit.</translation>
    </message>
    <message>
        <source>the origin remote (git remote get-url origin)</source>
        <translation>el remoto origin (git remote get-url origin)</translation>
    </message>
    <message>
        <source>origin/HEAD (git symbolic-ref)</source>
        <translation>origin/HEAD (git symbolic-ref)</translation>
    </message>
    <message>
        <source>git did not name the origin remote within %L1 s.</source>
        <translation>git no indicó el remoto origin en %L1 s.</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no origin remote.</source>
        <translation>La copia de trabajo de git en %1 no tiene remoto origin.</translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>no se pudo iniciar git (%1); ¿está instalado?</translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation>%1 no es una copia de trabajo de git con un commit: %2</translation>
    </message>
</context>
<context>
    <name>GoAdapter</name>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>línea %1: no es JSON válido (%2)</translation>
    </message>
    <message>
        <source>not go test -json output: it has no output events</source>
        <translation>no es salida de go test -json: no tiene eventos de salida</translation>
    </message>
    <message>
        <source>the benchmark failed</source>
        <translation>el benchmark falló</translation>
    </message>
    <message>
        <source>Skipped, so not results: %1.</source>
        <translation>Omitidos, por tanto no son resultados: %1.</translation>
    </message>
    <message>
        <source>The metrics %1 have no Conbench unit; they are kept in info.</source>
        <translation>Las métricas %1 no tienen unidad de Conbench; se guardan en info.</translation>
    </message>
    <message>
        <source>not go test -bench output: it has no benchmark lines</source>
        <translation>no es salida de go test -bench: no tiene líneas de benchmark</translation>
    </message>
    <message>
        <source>Go benchmarks (go test -bench, text or -json)</source>
        <translation>Benchmarks de Go (go test -bench, texto o -json)</translation>
    </message>
    <message>
        <source>line %1 starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%2&quot;</source>
        <translation>la línea %1 empieza como el resultado de un benchmark pero no se puede leer, así que se omite: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this line starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%1&quot;</source>
        <translation>esta línea empieza como el resultado de un benchmark pero no se puede leer, así que se omite: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HyperfineAdapter</name>
    <message>
        <source>not hyperfine JSON: it has no "results" list</source>
        <translation>no es JSON de hyperfine: no tiene una lista "results"</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>resultado %1: %2</translation>
    </message>
    <message>
        <source>the command exited with a non-zero status in %L1 of %L2 runs</source>
        <translation>el comando terminó con un estado distinto de cero en %L1 de sus %L2 ejecuciones</translation>
    </message>
    <message>
        <source>%1: no run times</source>
        <translation>%1: sin tiempos de ejecución</translation>
    </message>
    <message>
        <source>hyperfine JSON (--export-json)</source>
        <translation>JSON de hyperfine (--export-json)</translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>at offset %1 (line %2, column %3)</source>
        <translation>en la posición %1 (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>expected one JSON object, found an array (use NDJSON, one object per line, or a directory of files for several)</source>
        <translation>se esperaba un objeto JSON y se encontró un array (para varios, usar NDJSON, un objeto por línea, o un directorio de archivos)</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>expected one JSON object ({…}), found a JSON value that is not one</source>
        <translation>se esperaba un objeto JSON ({…}) y se encontró un valor JSON que no lo es</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: no existe el archivo o directorio</translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation>%1: no se puede leer el directorio</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: no se puede leer el archivo</translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation>%1: el directorio no contiene archivos *.json</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path recibió un valor vacío.</translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation>Se indicaron varias entradas; se usa --json y se ignora %1.</translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation>el argumento NDJSON y --path</translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation>el argumento NDJSON</translation>
    </message>
    <message>
        <source>--path</source>
        <translation>--path</translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation>Se indicaron varias entradas; se usa el argumento NDJSON y se ignora --path.</translation>
    </message>
    <message>
        <source>%1 is read as NDJSON text, but it names a file or folder: give it with --path %1.</source>
        <translation>%1 se lee como texto NDJSON, pero nombra un archivo o una carpeta: indicarlo con --path %1.</translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation>La entrada estándar no está disponible.</translation>
    </message>
    <message>
        <source>No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation>Sin entrada: indicar --json '{...}', --path ARCHIVO_O_DIRECTORIO, NDJSON como argumento, o pasar NDJSON por la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 that one input object may take</source>
        <translation>%1 supera los %2 permitidos para un objeto de entrada</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that one input object may take</source>
        <translation>%1 ocupa %2, más de los %3 permitidos para un objeto de entrada</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (a number must fit a double: at most about 1.8e308 in size, and 0 or at least about 2.2e-308)</source>
        <translation>%1: el número %2 está fuera de rango (un número debe caber en un double: como máximo unos 1.8e308 en valor absoluto, y 0 o al menos unos 2.2e-308)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid JSON %1</source>
        <translation>JSON no válido %1</translation>
    </message>
    <message>
        <source>%1: a symbolic link loop; nothing can be read through it</source>
        <translation>%1: un bucle de enlaces simbólicos; no se puede leer nada a través de él</translation>
    </message>
    <message>
        <source>%1: a dangling symbolic link (its target %2 does not exist)</source>
        <translation>%1: un enlace simbólico roto (su destino %2 no existe)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>un FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>un archivo especial</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; give a file or a directory of files (NDJSON can be piped to standard input)</source>
        <translation>%1 es %2, no un archivo regular; indicar un archivo o un directorio de archivos (el NDJSON se puede pasar por tubería a la entrada estándar)</translation>
    </message>
    <message>
        <source>%1 is a directory; only the *.json files directly in %2 are read (not sub-directories)</source>
        <translation>%1 es un directorio; solo se leen los archivos *.json que están directamente en %2 (no los subdirectorios)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 contiene %Ln archivo *.json, más de %L2; cada uno se lee por separado, lo que lleva un tiempo. ¿Es la carpeta correcta?</numerusform>
            <numerusform>%1 contiene %Ln archivos *.json, más de %L2; cada uno se lee por separado, lo que lleva un tiempo. ¿Es la carpeta correcta?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: no es un archivo regular.</translation>
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
        <translation>Todos los resultados encontrados; seleccionar uno para ver el JSON que se enviará</translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation>Seleccionar un resultado para ver el JSON que se enviará.</translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation>Aquí aparece lo que sucede.</translation>
    </message>
    <message>
        <source>&amp;JSON to send</source>
        <translation>&amp;JSON a enviar</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Results read: %L1.</source>
        <translation>Resultados leídos: %L1.</translation>
    </message>
    <message>
        <source>Results found: %L1.</source>
        <translation>Resultados encontrados: %L1.</translation>
    </message>
    <message numerus="yes">
        <source>Results found: %L1. %Ln warnings: something the files held could not be read and was left out; see the Log.</source>
        <translation>
            <numerusform>Resultados encontrados: %L1. %Ln aviso: algo de lo que contenían los archivos no se pudo leer y se ha omitido; consulte el registro.</numerusform>
            <numerusform>Resultados encontrados: %L1. %Ln avisos: algo de lo que contenían los archivos no se pudo leer y se ha omitido; consulte el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation>Preparar la ejecución, soltar carpetas de resultados y enviar.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>Quitar todos los resultados de la lista</translation>
    </message>
    <message>
        <source>&amp;Submit run</source>
        <translation>&amp;Enviar ejecución</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Copy as co&amp;mmand line</source>
        <translation>Copiar como línea de co&amp;mandos</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Bandeja de salida…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not added again.</source>
        <translation>%1 ya está en la lista; no se añade de nuevo.</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not read again with the folder %2.</source>
        <translation>%1 ya está en la lista; no se vuelve a leer con la carpeta %2.</translation>
    </message>
    <message>
        <source>Unknown option "%1". benchconnect-gui takes files and folders of results to add to the window ("--" before a path that begins with "-"), or a subcommand; see "benchconnect-gui --help".</source>
        <translation>Opción desconocida «%1». benchconnect-gui acepta archivos y carpetas de resultados para añadir a la ventana («--» antes de una ruta que empiece por «-») o un subcomando; consulte «benchconnect-gui --help».</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start benchconnect-gui in a desktop session, or give it a subcommand to run without a window ("benchconnect-gui --help" lists them).</source>
        <translation>No hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY). Inicie benchconnect-gui en una sesión de escritorio, o indique un subcomando para trabajar sin ventana («benchconnect-gui --help» los enumera).</translation>
    </message>
    <message>
        <source>An empty path was given on the command line; nothing was added for it.</source>
        <translation>Se indicó una ruta vacía en la línea de órdenes; no se ha añadido nada por ella.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>%1 (given on the command line); nothing was added for it.</source>
        <translation>%1 (indicado en la línea de órdenes); no se ha añadido nada por ello.</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>Leyendo resultados…</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>Añadir resultados</translation>
    </message>
    <message>
        <source>Benchmark results (*.json);;All files (*)</source>
        <translation>Resultados de benchmark (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1

This file cannot be read: %2</source>
        <translation>%1

No se puede leer este archivo: %2</translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation>Este resultado no se puede enviar con la ejecución tal como está definida: %1

Tal como se leyó de %2:
%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lectura cancelada.</translation>
    </message>
    <message>
        <source>The run cannot be sent: %1</source>
        <translation>No se puede enviar la ejecución: %1</translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation>No hay ningún resultado válido que enviar.</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>Creando la ejecución…</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v de %m enviados</translation>
    </message>
    <message>
        <source>%L1 of %L2 done, %L3 failed</source>
        <translation>%L1 de %L2 hechos, %L3 fallidos</translation>
    </message>
    <message>
        <source>%L1 of %L2 sent</source>
        <translation>%L1 de %L2 enviados</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <source>&lt;a href="%1"&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;Abrir la ejecución %2 en %3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Submitting results: %L1…</source>
        <translation>Enviando resultados: %L1…</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>Copiado al portapapeles:
%1</translation>
    </message>
    <message>
        <source>The benchconnect commands are on the clipboard.</source>
        <translation>Los comandos de benchconnect están en el portapapeles.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files from %1…</source>
        <translation>
            <numerusform>Leyendo %Ln archivo de %1…</numerusform>
            <numerusform>Leyendo %Ln archivos de %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</source>
        <translation>
            <numerusform>%Ln resultado de una sesión anterior espera en la bandeja de salida; el botón de la derecha lo envía.</numerusform>
            <numerusform>%Ln resultados de una sesión anterior esperan en la bandeja de salida; el botón de la derecha los envía.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>Add result files (*.json, NDJSON)</source>
        <translation>Añadir archivos de resultados (*.json, NDJSON)</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add a folder of result files (its *.json files)</source>
        <translation>Añadir una carpeta de archivos de resultados (sus archivos *.json)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Cerrar la ventana</translation>
    </message>
    <message>
        <source>Create the run, send its valid results, and finish it</source>
        <translation>Crear la ejecución, enviar sus resultados válidos y finalizarla</translation>
    </message>
    <message>
        <source>Submit is not possible: %1</source>
        <translation>No se puede enviar: %1</translation>
    </message>
    <message>
        <source>Stop loading, sending or testing; again to abandon the requests on the wire. What was not confirmed stays in the outbox</source>
        <translation>Detener la carga, el envío o la prueba; otra vez para abandonar las peticiones en curso. Lo no confirmado queda en la bandeja de salida</translation>
    </message>
    <message>
        <source>Copy the benchconnect commands that do the same from a shell</source>
        <translation>Copiar los comandos de benchconnect que hacen lo mismo desde una shell</translation>
    </message>
    <message>
        <source>C&amp;lear results</source>
        <translation>&amp;Limpiar resultados</translation>
    </message>
    <message>
        <source>Show the results waiting in the outbox, send them again or drop them</source>
        <translation>Mostrar los resultados en espera en la bandeja de salida, volver a enviarlos o descartarlos</translation>
    </message>
    <message>
        <source>&amp;Send waiting results</source>
        <translation>&amp;Enviar resultados en espera</translation>
    </message>
    <message>
        <source>Send what waits in the outbox to the server set in the window</source>
        <translation>Enviar lo que espera en la bandeja de salida al servidor indicado en la ventana</translation>
    </message>
    <message>
        <source>benchconnect &amp;help</source>
        <translation>&amp;Ayuda de benchconnect</translation>
    </message>
    <message>
        <source>Open the README (the user guide) in the web browser</source>
        <translation>Abrir el README (la guía del usuario) en el navegador web</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts of the window</source>
        <translation>Listar los atajos de teclado de la ventana</translation>
    </message>
    <message>
        <source>&amp;About benchconnect</source>
        <translation>Acerca &amp;de benchconnect</translation>
    </message>
    <message>
        <source>The version of benchconnect and of Qt</source>
        <translation>La versión de benchconnect y de Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arc&amp;hivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Opened the user guide: %1</source>
        <translation>Se abrió la guía del usuario: %1</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed; "benchconnect --help" describes the commands.</source>
        <translation>La guía del usuario (README.md) no está instalada; "benchconnect --help" describe los comandos.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt and the underlined letter reaches each field; Tab goes from field to field.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt y la letra subrayada llevan a cada campo; Tab pasa de un campo a otro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About benchconnect</source>
        <translation>Acerca de benchconnect</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sends benchmark results to a Conbench server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Envía resultados de benchmark a un servidor Conbench.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2, ejecutándose con Qt %3.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Outbox (%Ln)…</source>
        <translation>
            <numerusform>&amp;Bandeja de salida (%Ln)…</numerusform>
            <numerusform>&amp;Bandeja de salida (%Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln waiting…</source>
        <translation>
            <numerusform>Enviar %Ln en espera…</numerusform>
            <numerusform>Enviar los %Ln en espera…</numerusform>
        </translation>
    </message>
    <message>
        <source>Results from earlier submissions wait in the outbox; click to send them to the server set in the window</source>
        <translation>Hay resultados de envíos anteriores en espera en la bandeja de salida; pulsar para enviarlos al servidor indicado en la ventana</translation>
    </message>
    <message>
        <source>sent from the outbox</source>
        <translation>enviado desde la bandeja de salida</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>¿Salir durante el envío?</translation>
    </message>
    <message>
        <source>refused by the server (kept apart in the outbox): %1</source>
        <translation>rechazado por el servidor (apartado en la bandeja de salida): %1</translation>
    </message>
    <message>
        <source>The outbox is being sent; what was not confirmed stays in the outbox if you quit, and Outbox… sends it later.</source>
        <translation>Se está enviando la bandeja de salida; lo que no esté confirmado se queda en ella si se sale, y Bandeja de salida… lo envía más tarde.</translation>
    </message>
    <message>
        <source>The run is still being sent, and none of its results is in the outbox: if you quit, nothing of it is kept.</source>
        <translation>La ejecución aún se está enviando y ninguno de sus resultados está en la bandeja de salida: si se sale, no se conserva nada de ella.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln resultado aún se está enviando; si se sale, queda en la bandeja de salida y «Bandeja de salida…» lo envía más tarde.</numerusform>
            <numerusform>%Ln resultados aún se están enviando; si se sale, quedan en la bandeja de salida y «Bandeja de salida…» los envía más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is still being sent; what was not confirmed stays in the outbox if you quit.</source>
        <translation>La ejecución aún se está enviando; si se sale, lo no confirmado queda en la bandeja de salida.</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>Seguir &amp;enviando</translation>
    </message>
    <message>
        <source>Add a folder of results</source>
        <translation>Añadir una carpeta de resultados</translation>
    </message>
    <message>
        <source>Results: %L1</source>
        <translation>Resultados: %L1</translation>
    </message>
    <message>
        <source>%L1 valid</source>
        <translation>%L1 válidos</translation>
    </message>
    <message>
        <source>%L1 invalid</source>
        <translation>%L1 no válidos</translation>
    </message>
    <message>
        <source>%L1 sending</source>
        <translation>%L1 enviándose</translation>
    </message>
    <message>
        <source>%L1 sent</source>
        <translation>%L1 enviados</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>%L1 fallidos</translation>
    </message>
    <message>
        <source>%L1 in the outbox</source>
        <translation>%L1 en la bandeja de salida</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>Cancelado: %Ln enviado</numerusform>
            <numerusform>Cancelado: %Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>Hecho: %Ln enviado</numerusform>
            <numerusform>Hecho: %Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>No se envió todo: %Ln enviado</numerusform>
            <numerusform>No se envió todo: %Ln enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>, %Ln en la bandeja de salida</numerusform>
            <numerusform>, %Ln en la bandeja de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>; details in the Log.</source>
        <translation>; detalles en el Registro.</translation>
    </message>
    <message>
        <source>Sending to the server profile "%1".</source>
        <translation>Enviando al perfil de servidor "%1".</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>Server profiles and the language</source>
        <translation>Perfiles de servidor e idioma</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Preferences saved; server profiles: %1.</source>
        <translation>Preferencias guardadas; perfiles de servidor: %1.</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>&amp;Vigilar carpeta…</translation>
    </message>
    <message>
        <source>Send each finished subfolder of a results folder as one run, unattended</source>
        <translation>Enviar cada subcarpeta terminada de una carpeta de resultados como una ejecución, sin supervisión</translation>
    </message>
    <message>
        <source>Filter the results: benchmark, unit, format, file or status</source>
        <translation>Filtrar los resultados: benchmark, unidad, formato, archivo o estado</translation>
    </message>
    <message>
        <source>Shows only the results whose benchmark, unit, format, file or status contains this text. Submitting sends every result, shown or not.</source>
        <translation>Muestra solo los resultados cuyo benchmark, unidad, formato, archivo o estado contiene este texto. Al enviar se envían todos los resultados, mostrados o no.</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>&amp;Filtrar resultados</translation>
    </message>
    <message>
        <source>Type a part of a benchmark, unit, format, file or status to show only those results</source>
        <translation>Escriba parte de un benchmark, una unidad, un formato, un archivo o un estado para mostrar solo esos resultados</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 mostrados</translation>
    </message>
    <message>
        <source>Submission cancelled before it started; nothing was sent.</source>
        <translation>Envío cancelado antes de empezar; no se envió nada.</translation>
    </message>
    <message>
        <source>Checking the results against the run before sending them…</source>
        <translation>Comprobando los resultados con la ejecución antes de enviarlos…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation>bandeja de salida %1 #%2</translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory: %2</source>
        <translation>%1: no se puede crear el directorio de la bandeja de salida: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation>%1: no se puede escribir en la bandeja de salida: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation>%1: no se puede mover el lote a la bandeja de salida.</translation>
    </message>
    <message>
        <source>Interrupted: nothing more is written to the outbox.</source>
        <translation>Interrumpido: ya no se escribe nada más en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation>%1: no se puede leer el directorio de la bandeja de salida.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La bandeja de salida no contiene ningún lote "%1" (ver benchconnect outbox list).</translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation>%1: no se puede leer el lote: %2</translation>
    </message>
    <message>
        <source>%1: cannot record what the server did with a result: %2</source>
        <translation>%1: no se puede registrar lo que hizo el servidor con un resultado: %2</translation>
    </message>
    <message>
        <source>%1: not a directory; cannot keep the outbox there.</source>
        <translation>%1: no es un directorio; no se puede tener allí la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1: the outbox directory is readable by others than its owner; the results in it are too (chmod 700 makes it private).</source>
        <translation>%1: otros usuarios además del propietario pueden leer el directorio de la bandeja de salida, y también los resultados que contiene (chmod 700 lo hace privado).</translation>
    </message>
    <message>
        <source>%1: the outbox directory is not writable by its owner; no results can be kept in it.</source>
        <translation>%1: el propietario no puede escribir en el directorio de la bandeja de salida; no se pueden guardar resultados en él.</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>no se puede bloquear</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>an empty file: it holds no results</source>
        <translation>un archivo vacío: no contiene resultados</translation>
    </message>
    <message>
        <source>its header (first line) cannot be read, so the server its results were for is unknown</source>
        <translation>su cabecera (primera línea) no se puede leer, así que se desconoce el servidor al que iban sus resultados</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines cannot be read and are not sent</source>
        <translation>
            <numerusform>%Ln línea no se puede leer y no se envía</numerusform>
            <numerusform>%Ln líneas no se pueden leer y no se envían</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>truncado: falta %Ln resultado de los %1 con los que se escribió</numerusform>
            <numerusform>truncado: faltan %Ln resultados de los %1 con los que se escribió</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished: the submission that wrote it stopped before it began sending; none of it was sent</source>
        <translation>sin terminar: el envío que lo escribió se detuvo antes de empezar a enviar; no se envió nada de su contenido</translation>
    </message>
    <message>
        <source>the journal of a batch that is gone; it holds no results</source>
        <translation>el registro de confirmaciones de un lote que ya no existe; no contiene resultados</translation>
    </message>
    <message>
        <source>not a file of the outbox; left alone</source>
        <translation>no es un archivo de la bandeja de salida; no se toca</translation>
    </message>
    <message>
        <source>Batch %1 is being sent or written by another process; not dropped.</source>
        <translation>Otro proceso está enviando o escribiendo el lote %1; no se descarta.</translation>
    </message>
    <message>
        <source>%1: cannot remove the batch.</source>
        <translation>%1: no se puede quitar el lote.</translation>
    </message>
    <message>
        <source>%1: cannot remove the file.</source>
        <translation>%1: no se puede eliminar el archivo.</translation>
    </message>
    <message>
        <source>%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).</source>
        <translation>%1 no es un archivo de la bandeja de salida; no se toca (eliminarlo a mano si no se necesita).</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not changed.</source>
        <translation>Otro proceso está enviando el lote %1; no se modifica.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 removes it).</source>
        <translation>El lote %1 no contiene resultados; no hay nada que enviar (benchconnect outbox drop %1 lo quita).</translation>
    </message>
    <message>
        <source>"%1" is not a run id.</source>
        <translation>"%1" no es un id de ejecución.</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not dropped.</source>
        <translation>Otro proceso está enviando el lote %1; no se descarta.</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that "submit result" or "post result" accepts is written to the outbox before it is sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there. A result the server refused as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: "outbox retry" does not send it again, "outbox list" shows the server's reason, "outbox drop" removes it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can still be read from it, and "outbox drop" removes it.</source>
        <translation>Cada resultado que aceptan "submit result" o "post result" se escribe en la bandeja de salida antes de enviarse, junto con el archivo o la línea NDJSON de la que procede, y solo sale de ella cuando el servidor lo confirma. Lo que un envío fallido, interrumpido o terminado a la fuerza no entregó permanece allí. Un resultado que el servidor rechazó tal cual (400 Bad Request: una unidad desconocida, un campo que falta) se guarda aparte como rechazado: "outbox retry" no lo vuelve a enviar, "outbox list" muestra el motivo del servidor y "outbox drop" lo quita. Cada archivo del directorio de la bandeja de salida queda contabilizado: un lote dañado se lista con lo que aún se puede leer de él, y "outbox drop" lo quita.</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <source>Remove the selected batches without sending them</source>
        <translation>Quitar los lotes seleccionados sin enviarlos</translation>
    </message>
    <message>
        <source>Results wait here until the server confirmed them: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Los resultados esperan aquí hasta que el servidor los confirma: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>enviándose ahora</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>La bandeja de salida está vacía.</translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation>Primero hay que indicar el servidor en la ventana: %1</translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation>No hay nada en espera para %1.</translation>
    </message>
    <message>
        <source>Another process is sending the results that wait for %1 now; they stay in the outbox until the server has confirmed them.</source>
        <translation>Otro proceso está enviando ahora los resultados que esperan para %1; permanecen en la bandeja de salida hasta que el servidor los confirme.</translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation>Leyendo lo que %1 ya contiene…</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>No se envió nada, porque enviar sin saber lo que contiene el servidor podría almacenar resultados por duplicado: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation>Descartar de la bandeja de salida</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Send the waiting results of the selected batches (all of them when none is selected) to the server set in the window; results the server holds already are not sent again</source>
        <translation>Enviar los resultados en espera de los lotes seleccionados (todos si no hay ninguno seleccionado) al servidor indicado en la ventana; los resultados que el servidor ya tiene no se vuelven a enviar</translation>
    </message>
    <message>
        <source>unknown (damaged header)</source>
        <translation>desconocido (cabecera dañada)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>unfinished: written by a submission that stopped before sending; Drop removes it</source>
        <translation>sin terminar: lo escribió un envío que se detuvo antes de enviar; Descartar lo elimina</translation>
    </message>
    <message>
        <source>leftover file: %1</source>
        <translation>archivo sobrante: %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañado: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>Results waiting: %L1, in batches: %L2.</source>
        <translation>Resultados en espera: %L1, en lotes: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>%Ln resultado que el servidor rechazó se guarda aparte y no se vuelve a enviar; corregirlo y volver a enviarlo, y luego descartar su lote.</numerusform>
            <numerusform>%Ln resultados que el servidor rechazó se guardan aparte y no se vuelven a enviar; corregirlos y volver a enviarlos, y luego descartar sus lotes.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown server (damaged header)</source>
        <translation>un servidor desconocido (cabecera dañada)</translation>
    </message>
    <message>
        <source>Nothing waits for %1. Results wait for %2: select their batches and press Retry to send them to %1.</source>
        <translation>Nada espera para %1. Hay resultados en espera para %2: seleccionar sus lotes y pulsar Reintentar para enviarlos a %1.</translation>
    </message>
    <message>
        <source>Send to another server</source>
        <translation>Enviar a otro servidor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>%Ln de los lotes seleccionados se creó para %1. ¿Enviarlo a %2 en su lugar? Quedará registrado como destinado a %2; antes se consulta lo que %2 ya tiene y eso no se vuelve a enviar.</numerusform>
            <numerusform>%Ln de los lotes seleccionados se crearon para %1. ¿Enviarlos a %2 en su lugar? Quedarán registrados como destinados a %2; antes se consulta lo que %2 ya tiene y eso no se vuelve a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (no se envió nada)</translation>
    </message>
    <message>
        <source>Sent: %L1, failed: %L2.</source>
        <translation>Enviados: %L1, fallidos: %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln de ellos ya estaba almacenado y no se volvió a enviar.</numerusform>
            <numerusform>%Ln de ellos ya estaban almacenados y no se volvieron a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>¿Quitar %Ln lote sin enviarlo? Sus resultados se perderán definitivamente.</numerusform>
            <numerusform>¿Quitar %Ln lotes sin enviarlos? Sus resultados se perderán definitivamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Ejecución %1 finalizada: se entregaron todos sus resultados.</translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation>Quitar lotes de la bandeja de salida sin enviarlos.</translation>
    </message>
    <message>
        <source>The batches to remove, as "outbox list" names them.</source>
        <translation>Los lotes que quitar, tal como los nombra "outbox list".</translation>
    </message>
    <message>
        <source>Remove every batch.</source>
        <translation>Quitar todos los lotes.</translation>
    </message>
    <message>
        <source>Name the batches to drop (see benchconnect outbox list), or give --all.</source>
        <translation>Indicar los lotes que descartar (ver benchconnect outbox list) o usar --all.</translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>No se descartó nada.</translation>
    </message>
    <message>
        <source>--all drops every batch: name no batches with it.</source>
        <translation>--all descarta todos los lotes: no nombrar lotes con él.</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La bandeja de salida no contiene ningún lote "%1" (ver benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Removes the named batches (see "outbox list"), or with --all every batch, from the outbox without sending them: waiting, refused and damaged ones alike, batches a killed submission left unfinished, and journals left without their batch. Their results are lost for good. Files that are not the outbox's are left alone.

</source>
        <translation>Quita de la bandeja de salida los lotes indicados (ver "outbox list"), o con --all todos los lotes, sin enviarlos: en espera, rechazados y dañados por igual, los lotes que un envío terminado a la fuerza dejó sin terminar y los registros de confirmaciones que quedaron sin su lote. Sus resultados se pierden para siempre. Los archivos que no son de la bandeja de salida no se tocan.

</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>Se descartó %Ln lote de la bandeja de salida.</numerusform>
            <numerusform>Se descartaron %Ln lotes de la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox holds no pending finish "%1" (see benchconnect outbox list).</source>
        <translation>La bandeja de salida no contiene ninguna finalización pendiente "%1" (ver benchconnect outbox list).</translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation>Listar los resultados en espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>%1  %2  %L3 of %L4 waiting  %5%6</source>
        <translation>%1  %2  %L3 de %L4 en espera  %5%6</translation>
    </message>
    <message>
        <source>  (being sent now)</source>
        <translation>  (enviándose ahora)</translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>último problema: %1</translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation>La bandeja de salida está vacía (%1).</translation>
    </message>
    <message>
        <source>Lists the outbox's batches: their id, the server they are for, how many of their results are still waiting, when they were made, the results the server refused (with where they came from and the server's reason) and the last problems. Damaged batches are listed with what is wrong and what can be recovered (their readable lines); batches a killed submission left unfinished and other leftover files are listed too.

</source>
        <translation>Lista los lotes de la bandeja de salida: su id, el servidor al que van, cuántos de sus resultados siguen en espera, cuándo se crearon, los resultados que el servidor rechazó (con su procedencia y el motivo del servidor) y los últimos problemas. Los lotes dañados se listan con lo que falla y lo que se puede recuperar (sus líneas legibles); también se listan los lotes que un envío terminado a la fuerza dejó sin terminar y otros archivos sobrantes.

</translation>
    </message>
    <message>
        <source>(server unknown)</source>
        <translation>(servidor desconocido)</translation>
    </message>
    <message numerus="yes">
        <source>%1  (unfinished)  %Ln results  %2</source>
        <translation>
            <numerusform>%1  (sin terminar)  %Ln resultado  %2</numerusform>
            <numerusform>%1  (sin terminar)  %Ln resultados  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (leftover)  %2</source>
        <translation>%1  (sobrante)  %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>dañado: %1</translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; "benchconnect outbox retry" sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>recuperable: %Ln resultado legible; "benchconnect outbox retry" envía los que están en espera, las líneas dañadas quedan en el archivo</numerusform>
            <numerusform>recuperable: %Ln resultados legibles; "benchconnect outbox retry" envía los que están en espera, las líneas dañadas quedan en el archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with "benchconnect outbox retry --to-server URL %1"</source>
        <translation>
            <numerusform>recuperable: %Ln resultado legible; enviarlo con "benchconnect outbox retry --to-server URL %1"</numerusform>
            <numerusform>recuperable: %Ln resultados legibles; enviarlos con "benchconnect outbox retry --to-server URL %1"</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>rechazado: %Ln resultado más</numerusform>
            <numerusform>rechazados: %Ln resultados más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results waiting</source>
        <translation>
            <numerusform>%Ln resultado en espera</numerusform>
            <numerusform>%Ln resultados en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln batches</source>
        <translation>
            <numerusform>en %Ln lote</numerusform>
            <numerusform>en %Ln lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (not sent again)</source>
        <translation>
            <numerusform>%Ln rechazado (no se vuelve a enviar)</numerusform>
            <numerusform>%Ln rechazados (no se vuelven a enviar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged or leftover files</source>
        <translation>
            <numerusform>%Ln archivo dañado o sobrante</numerusform>
            <numerusform>%Ln archivos dañados o sobrantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1.finish  %2  the finish of run %1 waits: %3</source>
        <translation>%1.finish  %2  la finalización de la ejecución %1 espera: %3</translation>
    </message>
    <message>
        <source>its results are still in the outbox</source>
        <translation>sus resultados siguen en la bandeja de salida</translation>
    </message>
    <message>
        <source>its results were delivered; "benchconnect outbox retry" sends it</source>
        <translation>sus resultados se entregaron; "benchconnect outbox retry" la envía</translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation>Enviar los resultados en espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation>Enviar solo estos lotes (predeterminado: todos los de CONBENCH_URL).</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>La bandeja de salida no contiene ningún lote "%1" (ver benchconnect outbox list).</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>No se envió nada, porque enviar sin saber lo que contiene el servidor podría almacenar resultados por duplicado: %1</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation>Otro proceso está enviando el lote %1; se omite.</translation>
    </message>
    <message>
        <source>Nothing was sent from here: the other process is sending those results, and they stay in the outbox until the server has confirmed them.</source>
        <translation>No se envió nada desde aquí: el otro proceso está enviando esos resultados, y permanecen en la bandeja de salida hasta que el servidor los confirme.</translation>
    </message>
    <message>
        <source>Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Server URLs match when they differ only in the case of the scheme or host, a default port or a trailing slash (localhost and 127.0.0.1 are different hosts). With --to-server URL the named batches (all waiting batches when none is named) are sent to that server instead and recorded as being for it from then on; the credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up there and not sent again, so each result is stored exactly once.

Not sent: results the server refused as they are (see "outbox list"), and damaged lines of a batch (its readable lines are sent). A batch whose header is damaged does not say which server it was for: it is sent only when named with --to-server URL.

</source>
        <translation>Envía los resultados en espera de la bandeja de salida para el servidor de CONBENCH_URL (o solo los lotes indicados como argumentos). Las URL de servidor coinciden cuando solo difieren en mayúsculas y minúsculas del esquema o del host, en un puerto predeterminado o en una barra final (localhost y 127.0.0.1 son hosts distintos). Con --to-server URL, los lotes indicados (todos los lotes en espera si no se indica ninguno) se envían a ese servidor y desde entonces quedan registrados como destinados a él; las credenciales son CONBENCH_EMAIL y CONBENCH_PASSWORD. Antes de enviar, se buscan en el servidor los resultados que ya están almacenados allí (cuya respuesta se perdió, por ejemplo al terminar el proceso a la fuerza) y no se vuelven a enviar, de modo que cada resultado se almacena exactamente una vez.

No se envían: los resultados que el servidor rechazó tal cual (ver "outbox list") y las líneas dañadas de un lote (sus líneas legibles sí se envían). Un lote con la cabecera dañada no indica para qué servidor era: solo se envía si se indica con --to-server URL.

</translation>
    </message>
    <message>
        <source>Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after the server moved; the batches are recorded as being for URL.</source>
        <translation>Enviar los lotes al servidor Conbench de URL (en lugar de CONBENCH_URL), por ejemplo tras un traslado del servidor; los lotes quedan registrados como destinados a URL.</translation>
    </message>
    <message>
        <source>%1 is not sent (%2); "benchconnect outbox drop %1" removes it.</source>
        <translation>%1 no se envía (%2); "benchconnect outbox drop %1" lo quita.</translation>
    </message>
    <message>
        <source>Batch %1 holds no results waiting to be sent (see benchconnect outbox list).</source>
        <translation>El lote %1 no contiene resultados en espera de envío (ver benchconnect outbox list).</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1's header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>La cabecera del lote %1 está dañada, así que se desconoce el servidor al que iba su %Ln resultado; indicarlo: benchconnect outbox retry --to-server URL %1</numerusform>
            <numerusform>La cabecera del lote %1 está dañada, así que se desconoce el servidor al que iban sus %Ln resultados; indicarlo: benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give --to-server %3.</source>
        <translation>El lote %1 es para %2, no para CONBENCH_URL=%3; para enviarlo allí, indicar --to-server %3.</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>Lote %1: %Ln línea dañada no se puede leer y no se envía; queda en el archivo del lote.</numerusform>
            <numerusform>Lote %1: %Ln líneas dañadas no se pueden leer y no se envían; quedan en el archivo del lote.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (no se envió nada)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches are now for %1.</source>
        <translation>
            <numerusform>%Ln lote es ahora para %1.</numerusform>
            <numerusform>%Ln lotes son ahora para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the outbox waits for %1.</source>
        <translation>No hay nada en la bandeja de salida en espera para %1.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent, and the outbox is as it was.</source>
        <translation>Interrumpido de nuevo: se termina de inmediato. No se envió nada, y la bandeja de salida está como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted while looking up what the server holds already: nothing was sent, and the %Ln results wait in the outbox (%1) as before.</source>
        <translation>
            <numerusform>Interrumpido al consultar lo que el servidor ya tiene: no se envió nada, y el %Ln resultado espera en la bandeja de salida (%1) como antes.</numerusform>
            <numerusform>Interrumpido al consultar lo que el servidor ya tiene: no se envió nada, y los %Ln resultados esperan en la bandeja de salida (%1) como antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait for %1: send them there with CONBENCH_URL=%1 benchconnect outbox retry, or to %2 instead with benchconnect outbox retry --to-server %2.</source>
        <translation>
            <numerusform>%Ln resultado espera a %1: envíelo allí con CONBENCH_URL=%1 benchconnect outbox retry, o a %2 en su lugar con benchconnect outbox retry --to-server %2.</numerusform>
            <numerusform>%Ln resultados esperan a %1: envíelos allí con CONBENCH_URL=%1 benchconnect outbox retry, o a %2 en su lugar con benchconnect outbox retry --to-server %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln resultado espera en lotes dañados cuyo servidor se desconoce (ver benchconnect outbox list).</numerusform>
            <numerusform>%Ln resultados esperan en lotes dañados cuyo servidor se desconoce (ver benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server are not sent again (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln resultado rechazado por el servidor no se vuelve a enviar (ver benchconnect outbox list).</numerusform>
            <numerusform>%Ln resultados rechazados por el servidor no se vuelven a enviar (ver benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>Ejecución %1 finalizada: se entregaron todos sus resultados.</translation>
    </message>
</context>
<context>
    <name>PendingFinishes</name>
    <message>
        <source>Run %1 was not finished: %2</source>
        <translation>La ejecución %1 no se finalizó: %2</translation>
    </message>
</context>
<context>
    <name>PostResultCommand</name>
    <message>
        <source>Post results to the server as they are.</source>
        <translation>Publicar resultados en el servidor tal cual.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>un resultado</translation>
    </message>
    <message>
        <source>Sends each result to the server's results endpoint exactly as given, without filling in defaults (use "submit result" for that, or "augment result" first).

All of the input is checked before anything is sent, as "check result" checks it: when any result is one the server would refuse (a field its schema does not take, no stats and no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does not know), each such result is named with the field and the reason, and nothing is written to the outbox or sent. Without --generation only what servers of both generations refuse counts. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Envía cada resultado al endpoint de resultados del servidor exactamente como se indica, sin completar valores predeterminados (para eso, usar "submit result", o antes "augment result").

Toda la entrada se comprueba antes de enviar nada, como la comprueba "check result": si algún resultado es de los que el servidor rechazaría (un campo que su esquema no admite, sin stats ni error, sin exactamente uno de machine_info y cluster_info, sin tags.name, una unidad que no conoce), se nombra cada uno de ellos con el campo y el motivo, y no se escribe nada en la bandeja de salida ni se envía nada. Sin --generation solo cuenta lo que rechazan los servidores de ambas generaciones. Un resultado cuya respuesta se pierde por el camino se busca en el servidor antes de volver a enviarlo, así que ninguno se almacena dos veces.

--path también puede ser la salida de una herramienta de benchmark, o una carpeta que mezcle archivos de herramientas y JSON de Conbench: con --format auto (el predeterminado) cada archivo se lee en el formato que muestra su contenido (--verbose indica cuál), como lo lee "adapt"; un archivo sin ningún formato conocido es un error que lo nombra.</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %L1/%L2</source>
        <translation>Enviando resultados: %L1/%L2</translation>
    </message>
    <message>
        <source>, %L1 failed</source>
        <translation>, %L1 fallidos</translation>
    </message>
    <message>
        <source>, %L1/s</source>
        <translation>, %L1/s</translation>
    </message>
    <message>
        <source>, about %L1 s left</source>
        <translation>, quedan unos %L1 s</translation>
    </message>
</context>
<context>
    <name>ProjectEnvironment</name>
    <message>
        <source>%1 is set but blank; ignoring it.</source>
        <translation>%1 está definida pero vacía; se ignora.</translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation>Hay un número de pull request, pero no CONBENCH_PROJECT_REPOSITORY ni CONBENCH_PROJECT_COMMIT; no se añade información de github.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY="%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>CONBENCH_PROJECT_REPOSITORY="%1" no es un repositorio de GitHub; usar org/repo o https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT="%1" is not a 40-character hexadecimal commit SHA.</source>
        <translation>CONBENCH_PROJECT_COMMIT="%1" no es un SHA de commit hexadecimal de 40 caracteres.</translation>
    </message>
    <message>
        <source>%1="%2" is not a pull request number (a positive integer).</source>
        <translation>%1="%2" no es un número de pull request (un entero positivo).</translation>
    </message>
    <message>
        <source>%1="%2" is not one of auto, ci, git or off; using auto.</source>
        <translation>%1="%2" no es auto, ci, git ni off; se usa auto.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and CONBENCH_PROJECT_COMMIT) to send it.</source>
        <translation>El repositorio %1 (%2) no está en github.com; Conbench solo admite repositorios de GitHub, así que no se añade información de github. Definir CONBENCH_PROJECT_REPOSITORY (y CONBENCH_PROJECT_COMMIT) para enviarla.</translation>
    </message>
    <message>
        <source>%1 names the repository %2, not %3; its values are not used.</source>
        <translation>%1 indica el repositorio %2, no %3; sus valores no se usan.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a 40-character commit SHA; it is not used.</source>
        <translation>%1 indica "%2" (%3), que no es un SHA de commit de 40 caracteres; no se usa.</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a pull request number; it is not used.</source>
        <translation>%1 indica "%2" (%3), que no es un número de pull request; no se usa.</translation>
    </message>
    <message>
        <source>No CI system was recognised by its variables.</source>
        <translation>No se reconoció ningún sistema de CI por sus variables.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no GitHub repository was found in the CI variables or the git checkout; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation>CONBENCH_PROJECT_COMMIT está definida, pero CONBENCH_PROJECT_REPOSITORY no, y no se encontró ningún repositorio de GitHub en las variables de CI ni en la copia de trabajo de git; definir ambas (p. ej., CONBENCH_PROJECT_REPOSITORY=org/repo).</translation>
    </message>
    <message>
        <source>Commit %1 (%2) was found, but no repository; no github information is added.</source>
        <translation>Se encontró el commit %1 (%2), pero ningún repositorio; no se añade información de github.</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no commit was found in the CI variables or the git checkout; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation>CONBENCH_PROJECT_REPOSITORY está definida, pero CONBENCH_PROJECT_COMMIT no, y no se encontró ningún commit en las variables de CI ni en la copia de trabajo de git; definir ambas (el commit es un SHA hexadecimal de 40 caracteres).</translation>
    </message>
    <message>
        <source>The repository %1 (%2) was found, but no commit; no github information is added.</source>
        <translation>Se encontró el repositorio %1 (%2), pero ningún commit; no se añade información de github.</translation>
    </message>
    <message>
        <source>github.repository is %1, from %2.</source>
        <translation>github.repository es %1, de %2.</translation>
    </message>
    <message>
        <source>github.commit is %1, from %2.</source>
        <translation>github.commit es %1, de %2.</translation>
    </message>
    <message>
        <source>github.pr_number is %1, from %2.</source>
        <translation>github.pr_number es %1, de %2.</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is not sent: the repository's default branch is not known.</source>
        <translation>La rama %1 (%2) no se envía: no se conoce la rama predeterminada del repositorio.</translation>
    </message>
    <message>
        <source>github.branch is %1, from %2 (the default branch is %3).</source>
        <translation>github.branch es %1, de %2 (la rama predeterminada es %3).</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is the default branch; no branch is sent.</source>
        <translation>La rama %1 (%2) es la rama predeterminada; no se envía ninguna rama.</translation>
    </message>
    <message>
        <source>HEAD of %1 is detached (no branch is checked out).</source>
        <translation>HEAD de %1 está separado (no hay ninguna rama activa).</translation>
    </message>
    <message>
        <source>The results are not those of commit %1 alone: %2 has uncommitted changes to tracked files.</source>
        <translation>Los resultados no son solo los del commit %1: %2 tiene cambios sin commit en archivos rastreados.</translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message>
        <source>not pytest-benchmark JSON: it has no "machine_info" object and "benchmarks" list</source>
        <translation>no es JSON de pytest-benchmark: no tiene un objeto "machine_info" y una lista "benchmarks"</translation>
    </message>
    <message>
        <source>benchmark %1 (%2) has no "stats" with a "mean"</source>
        <translation>el benchmark %1 (%2) no tiene "stats" con un "mean"</translation>
    </message>
    <message>
        <source>benchmark %1: %2</source>
        <translation>benchmark %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark no contiene rondas (guardado sin --benchmark-save-data); su media representa los datos, con las estadísticas de resumen al lado.</numerusform>
            <numerusform>%Ln benchmarks no contienen rondas (guardados sin --benchmark-save-data); su media representa los datos, con las estadísticas de resumen al lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest-benchmark JSON (--benchmark-json)</source>
        <translation>JSON de pytest-benchmark (--benchmark-json)</translation>
    </message>
</context>
<context>
    <name>ReferenceWriter</name>
    <message>
        <source>Examples:</source>
        <translation>Ejemplos:</translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation>Una variable definida pero vacía se ignora con un aviso.</translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. "%2 outbox list" shows what waits, "%2 outbox retry" sends it, "%2 outbox drop" removes it.</source>
        <translation>La bandeja de salida (o --outbox DIR, o BENCHCONNECT_OUTBOX). %1 Los resultados se guardan en lotes de hasta 1000 (ID.ndjson), con un registro de confirmaciones junto a cada uno (ID.done); el directorio y sus archivos solo los puede leer su propietario y nunca contienen credenciales. "%2 outbox list" muestra lo que espera, "%2 outbox retry" lo envía y "%2 outbox drop" lo quita.</translation>
    </message>
    <message>
        <source>The run's state file, in the current directory: written by "start run" once the server accepted the run, read by "submit result" and "finish run", removed by "finish run" once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation>El archivo de estado de la ejecución, en el directorio actual: lo escribe "start run" en cuanto el servidor acepta la ejecución, lo leen "submit result" y "finish run", y lo elimina "finish run" en cuanto el servidor acepta la finalización. Contiene lo que comparten todos los resultados de la ejecución (run_id, run_name, run_reason, github, machine_info o cluster_info), nunca una contraseña, y solo lo puede leer su propietario.</translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation>Una ejecución en un trabajo de CI:</translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation>Completar los valores predeterminados de los resultados y luego publicarlos:</translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation>Enviar lo que un envío fallido dejó en la bandeja de salida:</translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation>enviar resultados de benchmark a un servidor Conbench</translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; "benchconnect GROUP --help" (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation>Cada subcomando se explica con --help; "benchconnect GRUPO --help" (augment, post, put, outbox) lista los subcomandos de un grupo.</translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation>la ventana de escritorio para enviar resultados de benchmark a un servidor Conbench</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop's keychain, never in a file.</source>
        <translation>Sin subcomando, abre la ventana: el servidor, la ejecución (motivo, nombre, commit, rama, máquina o clúster) y los resultados, soltados como archivos o carpetas en la ventana. «Enviar ejecución» crea la ejecución, envía los resultados a través de la bandeja de salida y finaliza la ejecución, con progreso y «Cancelar». La contraseña se guarda en el llavero del escritorio, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Each PATH, a file or a folder of results, is added to the window as if dropped on it ("benchconnect-gui results/ other.json"); a path that does not exist is said in the window's Log and on standard error. An argument that begins with "-" and is not a subcommand is refused with exit status 2; "--" before the paths lets one begin with "-".</source>
        <translation>Cada PATH, un archivo o una carpeta de resultados, se añade a la ventana como si se hubiera soltado en ella («benchconnect-gui results/ other.json»); una ruta que no existe se indica en el registro de la ventana y en la salida de error estándar. Un argumento que empieza por «-» y no es un subcomando se rechaza con el estado de salida 2; «--» antes de las rutas permite una que empiece por «-».</translation>
    </message>
    <message>
        <source>Where there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set), it says so and ends with exit status 1.</source>
        <translation>Si no hay ninguna pantalla en la que abrir la ventana (no está definida ni DISPLAY ni WAYLAND_DISPLAY), lo dice y termina con el estado de salida 1.</translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation>Con un subcomando, se comporta exactamente como benchconnect(1), con los mismos subcomandos, opciones, entorno y estado de salida, y no abre ninguna ventana.</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>Mostrar la ayuda</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Mostrar la versión</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>en bandeja de salida</translation>
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
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The unit of the samples (stats.unit)</source>
        <translation>La unidad de las muestras (stats.unit)</translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation>Cuántas muestras contiene el resultado (la longitud de stats.data)</translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation>El archivo del que se leyó el resultado</translation>
    </message>
    <message>
        <source>Whether the result can be sent, and how far it got</source>
        <translation>Si el resultado se puede enviar y hasta dónde llegó</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The benchmark's name (tags.name), then its other tags (its parameters)</source>
        <translation>El nombre del benchmark (tags.name) y luego sus demás etiquetas (sus parámetros)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The benchmark tool whose output the result was read from</source>
        <translation>La herramienta de benchmarks de cuya salida se leyó el resultado</translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>no es JSON válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not a JSON object ({...})</source>
        <translation>no es un objeto JSON ({...})</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Why the benchmarks ran (the run's reason; each result's run_reason)</source>
        <translation>Por qué se ejecutaron los benchmarks (el motivo de la ejecución; el run_reason de cada resultado)</translation>
    </message>
    <message>
        <source>The run's name. Empty: "REASON: COMMIT" when both are known.</source>
        <translation>El nombre de la ejecución. Vacío: "MOTIVO: COMMIT" cuando se conocen ambos.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Run tags, sent as each result's run_tags (servers since late 2023 store them)</source>
        <translation>Etiquetas de ejecución, enviadas como run_tags de cada resultado (los servidores desde finales de 2023 las almacenan)</translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation>Añadir una etiqueta de ejecución</translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation>Quitar la etiqueta de ejecución seleccionada</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>El repositorio evaluado (CONBENCH_PROJECT_REPOSITORY)</translation>
    </message>
    <message>
        <source>40-character commit SHA</source>
        <translation>SHA de commit de 40 caracteres</translation>
    </message>
    <message>
        <source>The benchmarked commit (CONBENCH_PROJECT_COMMIT)</source>
        <translation>El commit evaluado (CONBENCH_PROJECT_COMMIT)</translation>
    </message>
    <message>
        <source>The pull request's number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation>El número de la pull request (CONBENCH_PROJECT_PR_NUMBER)</translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation>org:rama, rara vez necesario</translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation>Un commit que no está en la rama predeterminada y no tiene pull request (github.branch)</translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation>Rellenar el repositorio y el commit desde una copia de trabajo local de git</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;positorio:</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>&amp;Commit:</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>R&amp;ama:</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Send this machine's machine_info</source>
        <translation>Enviar el machine_info de esta máquina</translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation>Enviar cluster_info en lugar de machine_info</translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation>Enviar este nombre como machine_info.name en lugar del nombre de host (CONBENCH_MACHINE_INFO_NAME)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The machine_info that will be sent (read-only)</source>
        <translation>El machine_info que se enviará (solo lectura)</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Recopilando…</translation>
    </message>
    <message>
        <source>The cluster's distinct name (cluster_info.name)</source>
        <translation>El nombre distintivo del clúster (cluster_info.name)</translation>
    </message>
    <message>
        <source>{"nodes": 4, "workers": 32}</source>
        <translation>{"nodes": 4, "workers": 32}</translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation>Lo que distingue al clúster, como objeto JSON (cluster_info.info)</translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation>Si la ejecución falló</translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation>vacío: la ejecución tuvo éxito</translation>
    </message>
    <message>
        <source>Sent as the run's error_type when the run is finished</source>
        <translation>Se envía como error_type de la ejecución al finalizarla</translation>
    </message>
    <message>
        <source>{"step": "join"}</source>
        <translation>{"step": "join"}</translation>
    </message>
    <message>
        <source>Sent as the run's error_info (a JSON object) when the run is finished</source>
        <translation>Se envía como error_info de la ejecución (un objeto JSON) al finalizarla</translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation>Commit leído de %1; su origen (%2) no está en GitHub: introducir el repositorio.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>Leído de %1.</translation>
    </message>
    <message>
        <source>Git checkout %1: commit %2, origin %3</source>
        <translation>Copia de trabajo de git %1: commit %2, origen %3</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>"%1: %2" when a reason and a commit are given</source>
        <translation>"%1: %2" cuando se indican un motivo y un commit</translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation>Un número de pull request o una rama necesitan un repositorio y un commit.</translation>
    </message>
    <message>
        <source>The GitHub repository is missing: a run with a commit needs its repository (or no commit).</source>
        <translation>Falta el repositorio de GitHub: una ejecución con commit necesita su repositorio (o ningún commit).</translation>
    </message>
    <message>
        <source>The commit is missing: a run with a GitHub repository needs the commit it benchmarked (or no repository).</source>
        <translation>Falta el commit: una ejecución con repositorio de GitHub necesita el commit medido (o ningún repositorio).</translation>
    </message>
    <message>
        <source>"%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"%1" no es un repositorio de GitHub; usar org/repo o https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>The commit "%1" is not a 40-character hexadecimal SHA.</source>
        <translation>El commit "%1" no es un SHA hexadecimal de 40 caracteres.</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>El clúster necesita un nombre.</translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation>La información del clúster %1.</translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation>La información del error %1.</translation>
    </message>
    <message>
        <source>Choose a git checkout</source>
        <translation>Elegir una copia de trabajo de git</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Th&amp;is machine</source>
        <translation>Esta &amp;máquina</translation>
    </message>
    <message>
        <source>&amp;A cluster</source>
        <translation>Un c&amp;lúster</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Run ta&amp;gs:</source>
        <translation>Eti&amp;quetas de ejecución:</translation>
    </message>
    <message>
        <source>its number; none: a default-branch run</source>
        <translation>su número; ninguno: ejecución de la rama predeterminada</translation>
    </message>
    <message>
        <source>From a git chec&amp;kout…</source>
        <translation>&amp;Desde una copia de trabajo de git…</translation>
    </message>
    <message>
        <source>Pull re&amp;quest:</source>
        <translation>Pull &amp;request:</translation>
    </message>
    <message>
        <source>Host name o&amp;verride:</source>
        <translation>Sustitu&amp;ir nombre de host:</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>Nombre de&amp;l clúster:</translation>
    </message>
    <message>
        <source>Cluster inf&amp;o (JSON):</source>
        <translation>&amp;Información del clúster (JSON):</translation>
    </message>
    <message>
        <source>Error t&amp;ype:</source>
        <translation>&amp;Tipo de error:</translation>
    </message>
    <message>
        <source>Error &amp;details (JSON):</source>
        <translation>In&amp;formación del error (JSON):</translation>
    </message>
    <message>
        <source>Not a GitHub repository: use org/repo or https://github.com/org/repo.</source>
        <translation>No es un repositorio de GitHub: usar org/repo o https://github.com/org/repo.</translation>
    </message>
    <message>
        <source>Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).</source>
        <translation>No es un SHA de commit completo: tiene 40 caracteres hexadecimales (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a repository, so it needs the commit (git rev-parse HEAD).</source>
        <translation>Necesario: la ejecución tiene un repositorio, así que necesita el commit (git rev-parse HEAD).</translation>
    </message>
    <message>
        <source>Needed: the run has a commit, so it needs its repository.</source>
        <translation>Necesario: la ejecución tiene un commit, así que necesita su repositorio.</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>No es un objeto JSON: %1.</translation>
    </message>
</context>
<context>
    <name>RunRequestCommand</name>
    <message>
        <source>Create runs on the server as they are.</source>
        <translation>Crear ejecuciones en el servidor tal cual.</translation>
    </message>
    <message>
        <source>Update runs on the server (the id goes in the URL).</source>
        <translation>Actualizar ejecuciones en el servidor (el id va en la URL).</translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use "start run" for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envía cada ejecución a POST /api/runs/ exactamente como se indica, sin completar valores predeterminados (para eso, usar "start run").

Los servidores desde finales de 2023 mantienen las ejecuciones implícitamente, a través de sus resultados: responden 405 a esta petición, lo que se informa una vez y no es un error.</translation>
    </message>
    <message>
        <source>Sends each run's fields to PUT /api/runs/ID/: the "id" of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>Envía los campos de cada ejecución a PUT /api/runs/ID/: el "id" del JSON va en la URL y se quita del cuerpo. Normalmente los campos son finished_timestamp, error_type, error_info e info.

Los servidores desde finales de 2023 mantienen las ejecuciones implícitamente, a través de sus resultados: responden 405 a esta petición, lo que se informa una vez y no es un error.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>una ejecución</translation>
    </message>
    <message>
        <source>the run has no "id"; put run needs it for the URL</source>
        <translation>la ejecución no tiene "id"; put run lo necesita para la URL</translation>
    </message>
    <message>
        <source>the run's "id" is not a string (Conbench's run ids are strings)</source>
        <translation>el "id" de la ejecución no es una cadena (los id de ejecución de Conbench son cadenas)</translation>
    </message>
    <message>
        <source>the run has no "id" ("augment run" adds one)</source>
        <translation>la ejecución no tiene "id" ("augment run" añade uno)</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>Nada que actualizar.</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>Nada que crear.</translation>
    </message>
    <message>
        <source>%1: run %2 not %3: %4</source>
        <translation>%1: ejecución %2 no %3: %4</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizada</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creada</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>No run has been started here: %1 does not exist. Run "benchconnect start run" first (in this directory).</source>
        <translation>No se ha iniciado ninguna ejecución aquí: %1 no existe. Ejecutar antes "benchconnect start run" (en este directorio).</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be the run's state file: the state of a run started here is kept in a file of that name. Remove it, or work in another directory.</source>
        <translation>%1 no es un archivo normal, así que no puede ser el archivo de estado de la ejecución: el estado de una ejecución iniciada aquí se guarda en un archivo con ese nombre. Elimínelo, o trabaje en otro directorio.</translation>
    </message>
    <message>
        <source>%1 is a directory, not the run's state file: the state of a run started here is kept in a file of that name. Remove or rename the directory, or work in another directory.</source>
        <translation>%1 es un directorio, no el archivo de estado de la ejecución: el estado de una ejecución iniciada aquí se guarda en un archivo con ese nombre. Elimine o cambie el nombre del directorio, o trabaje en otro directorio.</translation>
    </message>
    <message>
        <source>%1: cannot read the run's state file: %2</source>
        <translation>%1: no se puede leer el archivo de estado de la ejecución: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the run's state file: %2</source>
        <translation>%1: no se puede escribir el archivo de estado de la ejecución: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the run's state file: %2</source>
        <translation>%1: no se puede eliminar el archivo de estado de la ejecución: %2</translation>
    </message>
    <message>
        <source>"%1" is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation>"%1" es %2 en el resultado pero %3 en la ejecución iniciada; omitirlo del resultado o iniciar otra ejecución.</translation>
    </message>
    <message>
        <source>The run's state file does not say which server run %1 was started on (it was written by an earlier benchconnect); using %2.</source>
        <translation>El archivo de estado de la ejecución no indica en qué servidor se inició la ejecución %1 (lo escribió un benchconnect anterior); se usa %2.</translation>
    </message>
    <message>
        <source>Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run (nothing was sent).</source>
        <translation>La ejecución %1 se inició en %2, pero CONBENCH_URL es %3; definir CONBENCH_URL=%2 para continuar la ejecución (no se envió nada).</translation>
    </message>
    <message>
        <source>%1: the run's state file is not valid JSON %2; repair it, or remove it and start the run again.</source>
        <translation>%1: el archivo de estado de la ejecución no es JSON válido %2; repararlo, o eliminarlo y volver a iniciar la ejecución.</translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (it holds no run_id); remove it and start the run again.</source>
        <translation>%1 no es un archivo de estado de benchconnect (no contiene run_id); eliminarlo y volver a iniciar la ejecución.</translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>Logged in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Refused by the server: %1: %2</source>
        <translation>Rechazado por el servidor: %1: %2</translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation>Creando la ejecución %1 en %2…</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation>Este servidor Conbench mantiene las ejecuciones implícitamente: una ejecución existe a través de sus resultados (el servidor respondió 405 al endpoint de ejecuciones). La ejecución aparece con su primer resultado.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation>Cancelado antes de crear la ejecución; no se envió nada.</translation>
    </message>
    <message>
        <source>The run was not created: %1. Its results wait in the outbox with its finish: Outbox… sends them once the server answers.</source>
        <translation>No se creó la ejecución: %1. Sus resultados esperan en la bandeja de salida con su finalización: «Bandeja de salida…» los envía cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; its results and its finish wait in the outbox.</source>
        <translation>Cancelado antes de crear la ejecución; sus resultados y su finalización esperan en la bandeja de salida.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results written to the outbox (%1).</source>
        <translation>
            <numerusform>%Ln resultado escrito en la bandeja de salida (%1).</numerusform>
            <numerusform>%Ln resultados escritos en la bandeja de salida (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the results to the outbox…</source>
        <translation>Escribiendo los resultados en la bandeja de salida…</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>No se creó la ejecución: %1</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>Ejecución %1 creada.</translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation>Este servidor (anterior a finales de 2023) no conoce las etiquetas de ejecución; se omiten de los resultados.</translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation>No se envió nada: no se pudieron escribir los resultados en la bandeja de salida (%1).</translation>
    </message>
    <message>
        <source>Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.</source>
        <translation>Resultados enviados: %L1 de %L2, fallidos: %L3%4, en %L5 s.</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>Sending results: %L1…</source>
        <translation>Enviando resultados: %L1…</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed</source>
        <translation>%L1 enviados, %L2 fallidos</translation>
    </message>
    <message>
        <source>, %L1 found invalid when sending</source>
        <translation>, %L1 no válidos al enviar</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation>El servidor mantiene las ejecuciones implícitamente (405): error_type y error_info no se pueden almacenar allí.</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation>El servidor mantiene las ejecuciones implícitamente (405): no hay ninguna ejecución que marcar como finalizada.</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation>La ejecución no se finalizó: %1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 finished.</source>
        <translation>Ejecución %1 finalizada.</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Cancelado: %1.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>Finished with failures: %1.</source>
        <translation>Finalizado con fallos: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or "benchconnect outbox retry", sends them.</source>
        <translation>
            <numerusform>%Ln resultado espera en la bandeja de salida (%1): «Bandeja de salida…» en esta ventana, o "benchconnect outbox retry", lo envía.</numerusform>
            <numerusform>%Ln resultados esperan en la bandeja de salida (%1): «Bandeja de salida…» en esta ventana, o "benchconnect outbox retry", los envía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.</source>
        <translation>Cancelado: %L1 enviados, %L2 sin confirmar; la ejecución quedó sin finalizar.</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent, and nothing is tried again; the requests on the wire may finish. Cancel again to abandon them.</source>
        <translation>Cancelando: no se envía nada nuevo ni se reintenta nada; las peticiones en curso pueden terminar. Cancelar de nuevo para abandonarlas.</translation>
    </message>
    <message>
        <source>The run's finish could not be kept in the outbox: %1</source>
        <translation>No se pudo guardar la finalización de la ejecución en la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>The run's finish waits in the outbox: Outbox… (or "benchconnect outbox retry") sends it once the run's results are delivered.</source>
        <translation>La finalización de la ejecución espera en la bandeja de salida: «Bandeja de salida…» (o "benchconnect outbox retry") la envía cuando se hayan entregado los resultados de la ejecución.</translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered its results.</source>
        <translation>Cancelado: %L1 enviados, %L2 sin confirmar; la ejecución se finaliza cuando la bandeja de salida haya entregado sus resultados.</translation>
    </message>
    <message>
        <source>Cancelling now: the requests under way are abandoned.</source>
        <translation>Cancelando ahora: se abandonan las peticiones en curso.</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>The server URL</source>
        <translation>La URL del servidor</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api (CONBENCH_URL)</source>
        <translation>La dirección del servidor Conbench, sin /api (CONBENCH_URL)</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation>La contraseña de la cuenta (CONBENCH_PASSWORD). Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation>Preguntar al servidor si responde (GET /api/ping/) y luego iniciar sesión si se indica un correo electrónico</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation>La contraseña de %1 se tomó del llavero del sistema.</translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation>Se indicó un correo electrónico pero no una contraseña; introducir ambos para iniciar sesión, o ninguno para un servidor público.</translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation>No responde ningún llavero del sistema (%1): la contraseña se guarda solo para esta sesión, nunca se escribe en un archivo.</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation>La contraseña de la cuenta (CONBENCH_PASSWORD). No hay ningún llavero del sistema disponible: se guarda solo para esta sesión.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation>%1 no respondió como un servidor Conbench: %2</translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation>Conectado: %1 responde (sin inicio de sesión; servidor público).</translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation>Conectado: %1 responde y %2 ha iniciado sesión.</translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation>%1 responde, pero rechazó el correo electrónico o la contraseña: %2</translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation>%1 responde, pero falló el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>la cuenta con la que iniciar sesión</translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a logged-in user, on a public server too; leave it empty only for a server that takes results without a log-in.</source>
        <translation>La cuenta con la que iniciar sesión (CONBENCH_EMAIL). Conbench solo almacena resultados de un usuario con sesión iniciada, también en un servidor público; dejarlo vacío solo para un servidor que acepte resultados sin inicio de sesión.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Stop &amp;testing</source>
        <translation>Detener la &amp;prueba</translation>
    </message>
    <message>
        <source>Give up the connection test (Esc)</source>
        <translation>Abandonar la prueba de conexión (Esc)</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered.</source>
        <translation>Prueba detenida antes de que %1 respondiera.</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered the log-in.</source>
        <translation>Prueba detenida antes de que %1 respondiera al inicio de sesión.</translation>
    </message>
    <message>
        <source>The server profile to send to (Preferences &gt; Servers); the fields below show it and edit it. None: the server typed below.</source>
        <translation>El perfil de servidor al que enviar (Preferencias &gt; Servidores); los campos de abajo lo muestran y lo editan. Ninguno: el servidor escrito abajo.</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>Servidores…</translation>
    </message>
    <message>
        <source>Add, change or remove server profiles</source>
        <translation>Añadir, cambiar o quitar perfiles de servidor</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>The CA bundle %1 of the profile "%2" cannot be read; correct it in Preferences &gt; Servers.</source>
        <translation>No se puede leer el archivo de certificados de CA %1 del perfil "%2"; corregirlo en Preferencias &gt; Servidores.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Keep retrying a request that gets no usable answer (connection errors, time-outs, 5xx, 429) for up to SECONDS (default 1800; also BENCHCONNECT_RETRY_DEADLINE).</source>
        <translation>Seguir reintentando una petición sin respuesta utilizable (errores de conexión, tiempos de espera agotados, 5xx, 429) durante un máximo de SECONDS segundos (predeterminado: 1800; también BENCHCONNECT_RETRY_DEADLINE).</translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation>Abandonar un intento si el servidor no ha respondido en SECONDS segundos (predeterminado: 150; 10 para iniciar sesión) y reintentar.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation>Confiar además en los certificados de CA de este archivo PEM (también BENCHCONNECT_CA_BUNDLE).</translation>
    </message>
    <message>
        <source>Do not verify the server's TLS certificate. Only on a network you trust.</source>
        <translation>No verificar el certificado TLS del servidor. Solo en una red de confianza.</translation>
    </message>
    <message>
        <source>--retry-deadline "%1" is not a number of seconds.</source>
        <translation>--retry-deadline "%1" no es un número de segundos.</translation>
    </message>
    <message>
        <source>--timeout "%1" is not a positive number of seconds.</source>
        <translation>--timeout "%1" no es un número positivo de segundos.</translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation>%1: no se puede leer el archivo de certificados de CA.</translation>
    </message>
    <message>
        <source>--insecure: the server's TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation>--insecure: el certificado TLS del servidor no se verifica; cualquiera en la ruta de red podría leer las credenciales y los resultados.</translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (no se envió nada)</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (no se envió nada)</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>La entrada no contiene objetos JSON.</translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation>La entrada contiene más de un objeto JSON; indicar solo uno.</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, but nothing came on it within %L1 s: it is not read, as if no %2 were given. Give "-" to wait for it, or redirect it from /dev/null to say there is none.</source>
        <translation>La entrada estándar no es un terminal, pero no llegó nada por ella en %L1 s: no se lee, como si no se hubiera dado ningún/ninguna %2. Indique "-" para esperarla, o rediríjala desde /dev/null para indicar que no hay ninguna.</translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation>Deteniendo: no se envían resultados nuevos; esperando a las peticiones en curso. Lo no enviado queda en la bandeja de salida (benchconnect outbox retry). Pulsar Ctrl-C de nuevo para salir ya.</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: no almacenado: %2</translation>
    </message>
    <message>
        <source>Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).</source>
        <translation>Resultados enviados: %L1, fallidos: %L2, guardados en la bandeja de salida: %L3 (a %4, en %L5 s).</translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with "benchconnect outbox retry".</source>
        <translation>La bandeja de salida (%1) guarda lo no almacenado; enviarlo con "benchconnect outbox retry".</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation>Este servidor Conbench mantiene las ejecuciones implícitamente: una ejecución existe a través de sus resultados (el servidor respondió 405 al endpoint de ejecuciones). %1</translation>
    </message>
    <message>
        <source>A run's field is "%1"; "%2" is the name results use ("start run" and "augment run" accept both).</source>
        <translation>Un campo de la ejecución es "%1"; "%2" es el nombre que usan los resultados ("start run" y "augment run" aceptan ambos).</translation>
    </message>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses (400) is kept there apart as refused and not sent again; the others are still sent (see "benchconnect outbox retry --help").</source>
        <translation>Guardar los resultados en DIR hasta que el servidor los confirme (predeterminado: ~/.local/share/benchconnect/outbox; también BENCHCONNECT_OUTBOX). Un resultado que el servidor rechaza (400) se guarda allí aparte como rechazado y no se vuelve a enviar; los demás se siguen enviando (ver "benchconnect outbox retry --help").</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: rechazado por el servidor: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>%Ln resultado rechazado por el servidor (%1): %2</numerusform>
            <numerusform>%Ln resultados rechazados por el servidor (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln resultado no almacenado (%1): %2</numerusform>
            <numerusform>%Ln resultados no almacenados (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>%Ln resultado más no almacenado por otros motivos (ver benchconnect outbox list).</numerusform>
            <numerusform>%Ln resultados más no almacenados por otros motivos (ver benchconnect outbox list).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>%Ln de ellos ya estaba almacenado y no se volvió a enviar.</numerusform>
            <numerusform>%Ln de ellos ya estaban almacenados y no se volvieron a enviar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): "benchconnect outbox retry" does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with "benchconnect outbox drop".</source>
        <translation>
            <numerusform>%Ln resultado que el servidor rechazó se guarda aparte en la bandeja de salida (%1): "benchconnect outbox retry" no lo vuelve a enviar, ya que no se puede almacenar tal cual. Corregirlo y volver a enviarlo, y luego quitarlo con "benchconnect outbox drop".</numerusform>
            <numerusform>%Ln resultados que el servidor rechazó se guardan aparte en la bandeja de salida (%1): "benchconnect outbox retry" no los vuelve a enviar, ya que no se pueden almacenar tal cual. Corregirlos y volver a enviarlos, y luego quitarlos con "benchconnect outbox drop".</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Sending stopped. "benchconnect outbox retry" looks up what the server holds before it sends again.</source>
        <translation>%1. Envío detenido. "benchconnect outbox retry" consulta lo que contiene el servidor antes de volver a enviar.</translation>
    </message>
    <message>
        <source>Take the server's URL, e-mail, CA bundle and insecure flag from the server profile NAME in the window's settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from CONBENCH_PASSWORD.</source>
        <translation>Tomar la URL, el correo electrónico, el archivo de certificados de CA y la opción insecure del servidor del perfil de servidor NAME del archivo de configuración de la ventana (también BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL y BENCHCONNECT_CA_BUNDLE, si están definidas, prevalecen sobre el perfil; la contraseña se toma de CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>--profile is empty; give the name of a server profile.</source>
        <translation>--profile está vacío; indicar el nombre de un perfil de servidor.</translation>
    </message>
    <message>
        <source>The server profile "%1" does not verify the server's TLS certificate; anyone on the network path could read the credentials and results.</source>
        <translation>El perfil de servidor "%1" no verifica el certificado TLS del servidor; cualquiera en la ruta de red podría leer las credenciales y los resultados.</translation>
    </message>
    <message>
        <source>At the end, compare the run with its baseline as "compare run" does, with the options below (the output format is --compare-format here).</source>
        <translation>Al final, comparar la ejecución con su línea base como hace "compare run", con las opciones siguientes (aquí el formato de salida es --compare-format).</translation>
    </message>
    <message>
        <source>--%1 is used only with --compare; ignoring it.</source>
        <translation>--%1 solo se usa con --compare; se ignora.</translation>
    </message>
    <message>
        <source>--max-in-flight "%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>--max-in-flight "%1" no es "auto" ni un número del 1 al 64.</translation>
    </message>
    <message>
        <source>Send up to N requests at once, or "auto" (the default; also BENCHCONNECT_MAX_IN_FLIGHT): start with 4, double while the answers stay as fast, then move by one as fewer or more of them wait in a queue; go down on 429/503 answers and time-outs, and never above 16.</source>
        <translation>Enviar hasta N peticiones a la vez, o "auto" (el predeterminado; también BENCHCONNECT_MAX_IN_FLIGHT): empezar con 4, duplicar mientras las respuestas siguen igual de rápidas, y luego subir o bajar de uno en uno según esperen en cola menos o más de ellas; bajar ante respuestas 429/503 y tiempos de espera agotados, nunca más de 16.</translation>
    </message>
    <message>
        <source>Interrupted while reading the input: nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Interrumpido mientras se leía la entrada: no se envió nada y no se guardó nada de ella en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. What the server has not confirmed stays in the outbox (%1); "benchconnect outbox retry" sends it, and looks up first what the server stored already, so that nothing is stored twice.</source>
        <translation>Interrumpido de nuevo: se termina de inmediato. Lo que el servidor no ha confirmado se queda en la bandeja de salida (%1); "benchconnect outbox retry" lo envía, y antes consulta lo que el servidor ya guardó, para que nada se guarde dos veces.</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent.</source>
        <translation>Interrumpido de nuevo: se termina de inmediato. No se envió nada.</translation>
    </message>
    <message>
        <source>Interrupted again while reading the input: quit at once. Nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>Interrumpido de nuevo mientras se leía la entrada: se termina de inmediato. No se envió nada, y nada de ella se conservó en la bandeja de salida.</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</source>
        <translation>
            <numerusform>Interrumpido antes de enviar el primer resultado: no se envió nada. El resultado escrito en la bandeja de salida (%1) espera allí: enviarlo con "benchconnect outbox retry".</numerusform>
            <numerusform>Interrumpido antes de enviar el primer resultado: no se envió nada. Los %Ln resultados escritos en la bandeja de salida (%1) esperan allí: enviarlos con "benchconnect outbox retry".</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>Añadir un perfil de servidor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected profile and its password in the keychain</source>
        <translation>Quitar el perfil seleccionado y su contraseña del llavero</translation>
    </message>
    <message>
        <source>staging, production…</source>
        <translation>staging, production…</translation>
    </message>
    <message>
        <source>The profile's name, as the window's picker and "benchconnect --profile" take it</source>
        <translation>El nombre del perfil, tal como lo admiten el selector de la ventana y "benchconnect --profile"</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api</source>
        <translation>La dirección del servidor de Conbench, sin /api</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>la cuenta con la que iniciar sesión</translation>
    </message>
    <message>
        <source>Kept in the system keychain under the profile's name, never in a file. The command-line program takes it from CONBENCH_PASSWORD.</source>
        <translation>Se guarda en el llavero del sistema con el nombre del perfil, nunca en un archivo. El programa de línea de comandos la toma de CONBENCH_PASSWORD.</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>los certificados del sistema</translation>
    </message>
    <message>
        <source>Extra CA certificates (a PEM file) to trust for this server</source>
        <translation>Certificados de CA adicionales (un archivo PEM) en los que confiar para este servidor</translation>
    </message>
    <message>
        <source>Choose the PEM file</source>
        <translation>Elegir el archivo PEM</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (only on a network you trust)</source>
        <translation>No verificar el certificado TLS (solo en una red de confianza)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>C&amp;orreo electrónico:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>Archivo de certificados de &amp;CA:</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins.</source>
        <translation>Se aplica a partir del próximo inicio. BENCHCONNECT_LANGUAGE, si está definida, prevalece.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Servidor nuevo</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>Servidor nuevo %1</translation>
    </message>
    <message>
        <source>A profile has no name; give it one.</source>
        <translation>Un perfil no tiene nombre; ponerle uno.</translation>
    </message>
    <message>
        <source>Two profiles are named "%1"; give each its own name.</source>
        <translation>Dos perfiles se llaman "%1"; dar a cada uno su propio nombre.</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>Perfil "%1": %2</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>La URL</translation>
    </message>
    <message>
        <source>Profile "%1": the CA bundle %2 cannot be read.</source>
        <translation>Perfil "%1": no se puede leer el archivo de certificados de CA %2.</translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation>Iniciar una ejecución: crearla y escribir el archivo de estado.</translation>
    </message>
    <message>
        <source>Not sent and not kept, since this server keeps nothing of a run but what its results carry (its id, name, reason, github and machine_info or cluster_info): %1.</source>
        <translation>Ni se envió ni se conserva, porque este servidor no guarda de una ejecución más que lo que llevan sus resultados (su id, name, reason, github y machine_info o cluster_info): %1.</translation>
    </message>
    <message>
        <source>Not a field of a run, so not sent and not kept: %1 (a server up to August 2023 refuses a run that holds it).</source>
        <translation>No es un campo de una ejecución, así que ni se envió ni se conserva: %1 (un servidor hasta agosto de 2023 rechaza una ejecución que lo contenga).</translation>
    </message>
    <message>
        <source>run</source>
        <translation>una ejecución</translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with "benchconnect finish run", or remove the file to abandon it.</source>
        <translation>Ya hay una ejecución iniciada aquí (%1). Finalizarla con "benchconnect finish run", o eliminar el archivo para abandonarla.</translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation>El archivo de estado se ha escrito; la ejecución aparecerá con su primer resultado.</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>No se creó la ejecución: %1</translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as "augment run" does), makes sure that benchconnect-state.json can be written in the current directory (no run is created when it cannot), creates the run on the server, and only then writes the file, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), the server's URL, which "submit result" and "finish run" must use too, and the generation of the server's API as its answer shows it (2023 when it created the run, current when it answered 405), whose rules "submit result" checks each result with before sending. Prints the run's id.

Then "submit result" adds results to the run, and "finish run" ends it and removes the state file. Without JSON input the run gets only its defaults. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). "run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation>Completa los valores predeterminados de la ejecución (como hace "augment run"), comprueba que benchconnect-state.json se puede escribir en el directorio actual (si no, no se crea ninguna ejecución), crea la ejecución en el servidor y solo entonces escribe el archivo, con lo que comparten todos los resultados de la ejecución (run_id, run_name, run_reason, github, machine_info o cluster_info), la URL del servidor, que también deben usar "submit result" y "finish run", y la generación de la API del servidor según muestra su respuesta (2023 si creó la ejecución, current si respondió 405), con cuyas reglas "submit result" comprueba cada resultado antes de enviarlo. Imprime el id de la ejecución.

Después, "submit result" añade resultados a la ejecución y "finish run" la finaliza y elimina el archivo de estado. Sin entrada JSON, la ejecución solo recibe sus valores predeterminados. La entrada estándar se lee cuando no se da nada más y no es un terminal; si no llega nada por ella en 2 s (una tubería que un ejecutor de CI deja abierta), no se la espera y se avisa ("-" la espera). "run_reason" y "run_name", los nombres que usan los resultados, se toman como "reason" y "name" de la ejecución.

Los servidores desde finales de 2023 mantienen las ejecuciones implícitamente, a través de sus resultados: responden 405 a la creación de ejecuciones, lo que se informa una vez; el archivo de estado se escribe igualmente.</translation>
    </message>
    <message>
        <source>%1 (no run was created)</source>
        <translation>%1 (no se creó ninguna ejecución)</translation>
    </message>
    <message>
        <source>%1. Run %2 was created on the server all the same, and nothing here can continue it; mark it finished with: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</source>
        <translation>%1. La ejecución %2 se creó en el servidor de todos modos, y nada aquí puede continuarla; marcarla como finalizada con: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation>Añadir resultados a la ejecución iniciada, completar valores predeterminados y publicarlos.</translation>
    </message>
    <message>
        <source>result</source>
        <translation>un resultado</translation>
    </message>
    <message>
        <source>Needs a run started here with "start run". Each result gets the run's fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as "augment result" fills them, and is posted to the server the run was started on: another CONBENCH_URL is an error.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent, as "check result" checks it, with the rules of the server's generation that "start run" found: when any result is one the server would refuse, each such result is named with the field and the reason, and nothing is written to the outbox or sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>Necesita una ejecución iniciada aquí con "start run". Cada resultado recibe los campos de la ejecución de benchconnect-state.json (run_id, run_name, run_reason, github, machine_info o cluster_info), luego sus valores predeterminados tal como los completa "augment result", y se publica en el servidor en el que se inició la ejecución: otra CONBENCH_URL es un error.

Un campo que el resultado y la ejecución contienen con valores distintos es un error. Toda la entrada se lee y se comprueba antes de enviar nada, como la comprueba "check result", con las reglas de la generación del servidor que encontró "start run": si algún resultado es de los que el servidor rechazaría, se nombra cada uno de ellos con el campo y el motivo, y no se escribe nada en la bandeja de salida ni se envía nada. Un resultado cuya respuesta se pierde por el camino se busca en el servidor antes de volver a enviarlo, así que ninguno se almacena dos veces.

--path también puede ser la salida de una herramienta de benchmark, o una carpeta que mezcle archivos de herramientas y JSON de Conbench: con --format auto (el predeterminado) cada archivo se lee en el formato que muestra su contenido (--verbose indica cuál), como lo lee "adapt"; un archivo sin ningún formato conocido es un error que lo nombra.</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE "%1" is not a language; the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE "%1" no es un idioma; los mensajes siguen en inglés.</translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE "%1" (there are: %2); the messages stay in English.</source>
        <translation>No hay traducción para BENCHCONNECT_LANGUAGE "%1" (hay: %2); los mensajes siguen en inglés.</translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message>
        <source>not Vitest benchmark JSON: it has no "files" list</source>
        <translation>no es JSON de benchmarks de Vitest: no tiene la lista "files"</translation>
    </message>
    <message>
        <source>%1: a sample of "%2" is not a number</source>
        <translation>%1: una muestra de "%2" no es un número</translation>
    </message>
    <message>
        <source>%1: benchmark %2: %3</source>
        <translation>%1: benchmark %2: %3</translation>
    </message>
    <message>
        <source>Vitest recorded no measurement for this benchmark: it threw or did not finish (see Vitest's own output for the reason)</source>
        <translation>Vitest no registró ninguna medición para este benchmark: lanzó una excepción o no terminó (ver la salida de Vitest para el motivo)</translation>
    </message>
    <message>
        <source>Vitest took no samples of this benchmark (sampleCount 0), so it has no measurement: it did not run within the time the bench allowed (give it more time or iterations) or it threw (see Vitest's own output)</source>
        <translation>Vitest no tomó muestras de este benchmark (sampleCount 0), así que no tiene medición: no se ejecutó en el tiempo que permitía el bench (dele más tiempo o iteraciones) o lanzó una excepción (vea la salida de Vitest)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest's JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln benchmark no contiene muestras (el JSON de Vitest las omite); su media representa los datos, con las estadísticas de resumen al lado.</numerusform>
            <numerusform>%Ln benchmarks no contienen muestras (el JSON de Vitest las omite); su media representa los datos, con las estadísticas de resumen al lado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vitest benchmark JSON (vitest bench --outputJson)</source>
        <translation>JSON de benchmarks de Vitest (vitest bench --outputJson)</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Watch a results folder: one run per finished subfolder, sent exactly once.</source>
        <translation>Vigilar una carpeta de resultados: una ejecución por subcarpeta terminada, enviada exactamente una vez.</translation>
    </message>
    <message>
        <source>Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, and sends each subfolder as one run once it is complete: when it holds the marker file (--done-marker, default .done) or, with --settle, when nothing in it changed for that long. For a complete folder the run is started (reason --reason, default lab; the folder's optional run.json may give the run's reason, name, info, github, tags and hardware), every result file in it is submitted (Conbench JSON and every tool format "adapt" reads, recognised by their content), and the run is finished. New folders are noticed at once on local disks and by a rescan (--rescan, default every 30 s) on network shares.

Each folder is sent exactly once, across restarts: a journal beside the outbox records each folder's state (waiting, run started with its id, results in the outbox, done, failed with the reason). Killed at any moment and started again, watch continues what it had started with the same run id, and stores no result twice. A folder whose files change after it was sent is reported and not sent again, unless --resend-changed is given. While the server cannot be reached, complete folders are recorded and sent in order once it is back; a folder the server refuses is marked failed with the server's reason, and the others go on.

One line per run goes to standard error: the time, the folder, the run id, the results sent and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not sent is continued on the next start. Only one watcher (this command or the window's watch mode) may watch a directory at a time.

watch --status [DIR] prints each folder's state from the journal (every watched directory's without DIR) and talks to no server.</source>
        <translation>Vigila DIR, donde los equipos de benchmark escriben una subcarpeta de archivos de resultados por compilación o por noche, y envía cada subcarpeta como una ejecución en cuanto está completa: cuando contiene el archivo marcador (--done-marker, predeterminado .done) o, con --settle, cuando nada en ella ha cambiado durante ese tiempo. Para una carpeta completa se inicia la ejecución (motivo --reason, predeterminado lab; el run.json opcional de la carpeta puede indicar el motivo, el nombre, info, github, tags y hardware de la ejecución), se envía cada archivo de resultados que contiene (JSON de Conbench y todos los formatos de herramienta que lee "adapt", reconocidos por su contenido) y se finaliza la ejecución. Las carpetas nuevas se detectan al instante en discos locales y mediante una nueva exploración (--rescan, predeterminado cada 30 s) en recursos compartidos de red.

Cada carpeta se envía exactamente una vez, también entre reinicios: un registro de vigilancia junto a la bandeja de salida guarda el estado de cada carpeta (en espera, ejecución iniciada con su id, resultados en la bandeja de salida, terminada, fallida con el motivo). Si se termina a la fuerza en cualquier momento y se vuelve a iniciar, watch continúa lo que había empezado con el mismo id de ejecución y no almacena ningún resultado dos veces. Una carpeta cuyos archivos cambian después de enviarla se notifica y no se vuelve a enviar, salvo que se indique --resend-changed. Mientras no se puede contactar con el servidor, las carpetas completas se registran y se envían en orden cuando vuelve; una carpeta que el servidor rechaza se marca como fallida con el motivo del servidor, y las demás siguen.

Se escribe una línea por ejecución en la salida de error estándar: la hora, la carpeta, el id de la ejecución, los resultados enviados y el tiempo empleado. Ctrl-C o SIGTERM termina las peticiones en curso y se detiene; lo no enviado se continúa en el siguiente inicio. Solo un vigilante de carpetas (este comando o el modo de vigilancia de la ventana) puede vigilar un directorio a la vez.

watch --status [DIR] imprime el estado de cada carpeta según el registro de vigilancia (el de todos los directorios vigilados si no se indica DIR) y no se comunica con ningún servidor.</translation>
    </message>
    <message>
        <source>The directory whose subfolders are runs.</source>
        <translation>El directorio cuyas subcarpetas son ejecuciones.</translation>
    </message>
    <message>
        <source>A folder is complete once it holds a file of this name (default .done).</source>
        <translation>Una carpeta está completa en cuanto contiene un archivo con este nombre (predeterminado: .done).</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for SECONDS.</source>
        <translation>Una carpeta también está completa cuando nada en ella ha cambiado durante SECONDS.</translation>
    </message>
    <message>
        <source>The run's reason, unless run.json gives one (default lab).</source>
        <translation>El motivo de la ejecución, salvo que run.json indique uno (predeterminado: lab).</translation>
    </message>
    <message>
        <source>Send what is complete now, then exit (for cron jobs and systemd timers).</source>
        <translation>Enviar lo que ya está completo y salir (para trabajos de cron y temporizadores de systemd).</translation>
    </message>
    <message>
        <source>Send up to N folders at once (default 1).</source>
        <translation>Enviar hasta N carpetas a la vez (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Move each folder that was sent into DIR (default: leave it and record it).</source>
        <translation>Mover a DIR cada carpeta enviada (predeterminado: dejarla y registrarla).</translation>
    </message>
    <message>
        <source>Send a folder whose files changed after it was sent again, as a new run.</source>
        <translation>Volver a enviar, como ejecución nueva, una carpeta cuyos archivos cambiaron después de enviarla.</translation>
    </message>
    <message>
        <source>Look for new folders every SECONDS too, for network shares (default 30).</source>
        <translation>Buscar también carpetas nuevas cada SECONDS, para recursos compartidos de red (predeterminado: 30).</translation>
    </message>
    <message>
        <source>Print each folder's state from the journal (done, waiting, sending, failed) and exit.</source>
        <translation>Imprimir el estado de cada carpeta según el registro de vigilancia (terminada, en espera, enviando, fallida) y salir.</translation>
    </message>
    <message>
        <source>%1 has not been watched yet (no journal in %2).</source>
        <translation>%1 aún no se ha vigilado (no hay registro de vigilancia en %2).</translation>
    </message>
    <message>
        <source>No directory has been watched yet (no journal in %1).</source>
        <translation>Aún no se ha vigilado ningún directorio (no hay registro de vigilancia en %1).</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ejecución %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln results sent</source>
        <translation>
            <numerusform>%L1 de %Ln resultado enviado</numerusform>
            <numerusform>%L1 de %Ln resultados enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message>
        <source>(changed after it was sent; not sent again)</source>
        <translation>(cambió después de enviarla; no se vuelve a enviar)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>Give the directory to watch (see benchconnect watch --help).</source>
        <translation>Indicar el directorio que vigilar (ver benchconnect watch --help).</translation>
    </message>
    <message>
        <source>Give one directory to watch (see benchconnect watch --help).</source>
        <translation>Indicar un solo directorio que vigilar (ver benchconnect watch --help).</translation>
    </message>
    <message>
        <source>--done-marker "%1" is a path; give a file name.</source>
        <translation>--done-marker "%1" es una ruta; indicar un nombre de archivo.</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number from %3 to %4.</source>
        <translation>--%1 "%2" no es un número entero del %3 al %4.</translation>
    </message>
    <message>
        <source>--archive must be another directory than the one watched.</source>
        <translation>--archive debe ser un directorio distinto del vigilado.</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: no es un directorio; indicar la carpeta en la que los equipos escriben sus resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2: ejecución %3, %Ln resultado enviado en %L4 s</numerusform>
            <numerusform>%1 %2: ejecución %3, %Ln resultados enviados en %L4 s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: not sent, and tried again once its files change: %3</source>
        <translation>%1 %2: no enviada; se vuelve a intentar cuando cambien sus archivos: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2: la ejecución %3 falló, %L4 de %Ln resultado enviado en %L5 s: %6</numerusform>
            <numerusform>%1 %2: la ejecución %3 falló, %L4 de %Ln resultados enviados en %L5 s: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 (journal %2); Ctrl-C stops.</source>
        <translation>Vigilando %1 (registro de vigilancia %2); Ctrl-C detiene.</translation>
    </message>
    <message>
        <source>Stopping: the requests under way are finished; what was not sent is continued on the next start. Press Ctrl-C again to quit now.</source>
        <translation>Deteniendo: se terminan las peticiones en curso; lo no enviado se continúa en el siguiente inicio. Pulsar Ctrl-C de nuevo para salir ya.</translation>
    </message>
    <message>
        <source>Folders sent: %1, failed: %2.</source>
        <translation>Carpetas enviadas: %1; fallidas: %2.</translation>
    </message>
    <message>
        <source>The server could not be reached; the folders not sent wait in the journal and are sent on the next start.</source>
        <translation>No se pudo contactar con el servidor; las carpetas no enviadas esperan en el registro de vigilancia y se envían en el siguiente inicio.</translation>
    </message>
</context>
<context>
    <name>WatchJournal</name>
    <message>
        <source>%1: cannot create the watch journal's directory: %2</source>
        <translation>%1: no se puede crear el directorio del registro de vigilancia: %2</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 (%3); stop it first, since two watchers would send the same folders.</source>
        <translation>%1 ya lo está vigilando el proceso %2 (%3); detenerlo primero, ya que dos vigilantes enviarían las mismas carpetas.</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 on %3 (%4); stop it first, since two watchers would send the same folders. If that process is gone, remove %5.</source>
        <translation>%1 ya lo está vigilando el proceso %2 en %3 (%4); detenerlo primero, ya que dos vigilantes enviarían las mismas carpetas. Si ese proceso ya no existe, eliminar %5.</translation>
    </message>
    <message>
        <source>%1: cannot take the watch lock (%2).</source>
        <translation>%1: no se puede obtener el bloqueo de vigilancia (%2).</translation>
    </message>
    <message>
        <source>The watch journal was written by a newer version of benchconnect.</source>
        <translation>El registro de vigilancia lo escribió una versión más reciente de benchconnect.</translation>
    </message>
    <message>
        <source>%1: cannot read the watch journal: %2</source>
        <translation>%1: no se puede leer el registro de vigilancia: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the watch journal: %2</source>
        <translation>%1: no se puede escribir el registro de vigilancia: %2</translation>
    </message>
</context>
<context>
    <name>WatchView</name>
    <message>
        <source>Watch folder — benchconnect</source>
        <translation>Vigilar carpeta — benchconnect</translation>
    </message>
    <message>
        <source>Each subfolder of the watched folder is sent as one run once it holds a .done file (or, with a settle time, once nothing in it changed for that long). Each folder is sent once, also after a restart.</source>
        <translation>Cada subcarpeta de la carpeta vigilada se envía como una ejecución en cuanto contiene un archivo .done (o, con un tiempo de reposo, cuando nada en ella ha cambiado durante ese tiempo). Cada carpeta se envía una vez, también después de un reinicio.</translation>
    </message>
    <message>
        <source>The folder the rigs write their results into</source>
        <translation>La carpeta en la que los equipos escriben sus resultados</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>S&amp;ettle:</source>
        <translation>&amp;Reposo:</translation>
    </message>
    <message>
        <source>marker only</source>
        <translation>solo marcador</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for this long</source>
        <translation>Una carpeta también está completa cuando nada en ella ha cambiado durante este tiempo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Resultados enviados</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Carpeta que vigilar</translation>
    </message>
    <message>
        <source>Choose the folder to watch first.</source>
        <translation>Elegir primero la carpeta que vigilar.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Rea&amp;nudar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>(changed after it was sent)</source>
        <translation>(cambió después de enviarla)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
</TS>