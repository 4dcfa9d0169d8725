<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AugmentCommand</name>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the defaults of results and print them (no server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the defaults of runs and print them (no server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark result needs and the user left out or set to null, and prints each result as one line of JSON. A value you give is never replaced.

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; &quot;github&quot;: null means no commit context), and run_name (&quot;REASON: COMMIT&quot; when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name (&quot;REASON: COMMIT&quot; when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; &quot;github&quot;: null means no commit context). finished_timestamp, error_type and error_info are left out until given.

&quot;run_reason&quot; and &quot;run_name&quot;, the names results use, are taken as the run&apos;s &quot;reason&quot; and &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>&quot;github&quot; must be an object with &quot;repository&quot; and &quot;commit&quot;, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;github&quot; lacks %1; give both &quot;repository&quot; and &quot;commit&quot;, or null for no commit context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;github.repository&quot; is &quot;%1&quot;, not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run gives both &quot;%1&quot; (%2) and &quot;%3&quot; (%4); give one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken as the run&apos;s &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run has no &quot;reason&quot; (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds both &quot;machine_info&quot; and &quot;cluster_info&quot;; give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds neither &quot;machine_info&quot; nor &quot;cluster_info&quot;; give exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds neither &quot;stats&quot; nor &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSettings</name>
    <message>
        <source>CONBENCH_URL is not set; set it to the Conbench server&apos;s address, such as https://conbench.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; ends with /api; give the server&apos;s address without it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_URL=&quot;%1&quot; has a query, fragment or user name; give only the server&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE=&quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT=&quot;%1&quot; is not a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password; never printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; &quot;-&quot;, or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what is done, step by step (never a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 130 interrupted (see %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding one %1, or a directory of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see %2 %3 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (see %2 %3 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLineBuilder</name>
    <message>
        <source>Run tags (%1) are not part of a run: the command-line program sends the run_tags each result file holds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConbenchClient</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before the server confirmed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check whether the server stored a result already (%1); sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the work was done only in part (some results were not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run&apos;s state file is missing, exists already, or disagrees with the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;benchconnect SUBCOMMAND --help&quot; for the options of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to &quot;post result&quot; or &quot;post run&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the &quot;id&quot; of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run workflow: &quot;start run&quot; creates a run and writes the state file, &quot;submit result&quot; adds results to it, &quot;finish run&quot; ends it and removes the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result that &quot;submit result&quot; or &quot;post result&quot; accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;benchconnect %1 --help&quot; for the input, options and examples of each (for example &quot;benchconnect %2 --help&quot;), and &quot;benchconnect --help&quot; for every subcommand, the environment and the exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;. The subcommands are: %2. See benchconnect --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1 %2&quot;. &quot;%1&quot; takes one of: %3 (see benchconnect %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop folders of result files (*.json) or single files here, or click to choose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop result folders or files here, or click to add them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishRunCommand</name>
    <message>
        <source>Finish the started run and remove the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json. The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent; standard input is read only when &quot;-&quot; is given. Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON names run &quot;%1&quot; but the run started here is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;finish run&quot; takes only %1; the JSON holds &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>at offset %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one JSON object, found an array (use NDJSON, one object per line, or a directory of files for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input: give --json &apos;{...}&apos;, --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>benchconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result found; select one to see the JSON that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add result files or a folder of them (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the run, send its valid results, and finish it (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading or sending (Esc); what was sent stays sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as co&amp;mmand line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the benchconnect commands that do the same from a shell (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the results waiting in the outbox, and send them again (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark results (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This file cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting results: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchconnect commands are on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox holds no batch &quot;%1&quot; (see benchconnect outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that &quot;submit result&quot; or &quot;post result&quot; accepts is written to the outbox before it is sent, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting results to the server set in the window; results the server holds already are not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected batches without sending them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results wait here until the server confirmed them: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results waiting: %1, in batches: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them were found stored already and not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 batches without sending them? Their results are lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the named batches (see &quot;outbox list&quot;), or with --all every batch, from the outbox without sending them. Their results are lost for good.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batches to remove, as &quot;outbox list&quot; names them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the batches to drop (see benchconnect outbox list), or give --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped %1 batches from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the outbox&apos;s batches: their id, the server they are for, when they were made, how many of their results are still waiting, and the last refusals.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3 of %4 waiting  %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (being sent now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results waiting in %2 batches (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the outbox&apos;s waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up and not sent again, so each result is stored exactly once.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox holds no batch &quot;%1&quot; (see benchconnect outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the outbox for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostResultCommand</name>
    <message>
        <source>Post results to the server as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each result to the server&apos;s results endpoint exactly as given, without filling in defaults (use &quot;submit result&quot; for that, or &quot;augment result&quot; first).

Every result is checked before anything is sent: one that could not be stored (no stats and no error, or not exactly one of machine_info and cluster_info) stops the command with nothing sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this result cannot be posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectEnvironment</name>
    <message>
        <source>%1 is set but blank; ignoring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY=&quot;%1&quot; is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT=&quot;%1&quot; is not a 40-character hexadecimal commit SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request number &quot;%1&quot; is not a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceWriter</name>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. &quot;%2 outbox list&quot; shows what waits, &quot;%2 outbox retry&quot; sends it, &quot;%2 outbox drop&quot; removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s state file, in the current directory: written by &quot;start run&quot; once the server accepted the run, read by &quot;submit result&quot; and &quot;finish run&quot;, removed by &quot;finish run&quot; once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; &quot;benchconnect GROUP --help&quot; (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without arguments, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark&apos;s name (tags.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of the samples (stats.unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the result can be sent, and how far it got</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPreparer</name>
    <message>
        <source>cannot be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object ({...})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A c&amp;luster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the benchmarks ran (the run&apos;s reason; each result&apos;s run_reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s name. Empty: &quot;REASON: COMMIT&quot; when both are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tags, sent as each result&apos;s run_tags (servers since late 2023 store them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org/repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmarked repository (CONBENCH_PROJECT_REPOSITORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>40-character commit SHA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmarked commit (CONBENCH_PROJECT_COMMIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a default-branch run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull request&apos;s number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a git checkout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;R number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this machine&apos;s machine_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine_info that will be sent (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster&apos;s distinct name (cluster_info.name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;nodes&quot;: 4, &quot;workers&quot;: 32}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Info (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the run&apos;s error_type when the run is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;step&quot;: &quot;join&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the run&apos;s error_info (a JSON object) when the run is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error i&amp;nfo (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git checkout %1: commit %2, origin %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1: %2&quot; when a reason and a commit are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the GitHub repository and the commit, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit &quot;%1&quot; is not a 40-character hexadecimal SHA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a git checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRequestCommand</name>
    <message>
        <source>Create runs on the server as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update runs on the server (the id goes in the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use &quot;start run&quot; for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends each run&apos;s fields to PUT /api/runs/ID/: the &quot;id&quot; of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no &quot;id&quot;; put run needs it for the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run has no &quot;id&quot; (&quot;augment run&quot; adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: run %2 not %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>No run has been started here: %1 does not exist. Run &quot;benchconnect start run&quot; first (in this directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the run&apos;s state file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (no run_id); remove it and start the run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the run&apos;s state file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove the run&apos;s state file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results sent: %1 of %2, failed: %3%4, in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results wait in the outbox (%2); send them with &quot;benchconnect outbox retry&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending results: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 found invalid when sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished with failures: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent; what is under way finishes first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Conbench server&apos;s address, without /api (CONBENCH_URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a private server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL); leave empty for a public server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep retrying a request that gets no usable answer (connection errors, time-outs, 5xx, 429) for up to SECONDS (default 1800; also BENCHCONNECT_RETRY_DEADLINE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send up to N requests at once (default 4; also BENCHCONNECT_MAX_IN_FLIGHT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not verify the server&apos;s TLS certificate. Only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-deadline &quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-in-flight &quot;%1&quot; is not a number from 1 to 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--insecure: the server&apos;s TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results sent: %1, failed: %2, kept in the outbox: %3 (to %4, in %5 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them were found stored already and not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with &quot;benchconnect outbox retry&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run&apos;s field is &quot;%1&quot;; &quot;%2&quot; is the name results use (&quot;start run&quot; and &quot;augment run&quot; accept both).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as &quot;augment run&quot; does), creates it on the server, and only then writes benchconnect-state.json in the current directory, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info). Prints the run&apos;s id.

Then &quot;submit result&quot; adds results to the run, and &quot;finish run&quot; ends it and removes the state file. Without JSON input the run gets only its defaults; standard input is read only when &quot;-&quot; is given. &quot;run_reason&quot; and &quot;run_name&quot;, the names results use, are taken as the run&apos;s &quot;reason&quot; and &quot;name&quot;.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with &quot;benchconnect finish run&quot;, or remove the file to abandon it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a run started here with &quot;start run&quot;. Each result gets the run&apos;s fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as &quot;augment result&quot; fills them, and is posted.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this result cannot be posted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE &quot;%1&quot; is not a language; the messages stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE &quot;%1&quot; (there are: %2); the messages stay in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
