<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdaptCommand</name>
    <message>
        <source>Convert tools' output, recognizing each file's format.</source>
        <translation>ツールの出力を、各ファイルの形式を判別して変換する。</translation>
    </message>
    <message>
        <source>Convert %1 output into Conbench results.</source>
        <translation>%1 の出力を Conbench の結果に変換する。</translation>
    </message>
    <message>
        <source>Reads %1 and prints the Conbench results it holds as NDJSON, one per line, with their defaults filled in as "augment result" does.</source>
        <translation>%1 を読み込み、含まれる Conbench の結果を "augment result" と同様に既定値を補完して、NDJSON (1 行に 1 つ) として出力する。</translation>
    </message>
    <message>
        <source>Reads the output files of benchmark tools, recognizes each file's format from its content (%1), and prints the Conbench results they hold as NDJSON, one per line, with their defaults filled in as "augment result" does. A file in no known format is an error that names it; --verbose says which format each file was read as.</source>
        <translation>ベンチマークツールの出力ファイルを読み込み、各ファイルの形式を内容から判別し (%1)、含まれる Conbench の結果を "augment result" と同様に既定値を補完して、NDJSON (1 行に 1 つ) として出力する。既知の形式でないファイルはエラーとなり、そのファイル名を示す。--verbose を指定すると、各ファイルをどの形式として読み込んだかを表示する。</translation>
    </message>
    <message>
        <source>The input is --path, a file or a folder (its files in name order, not recursive), or the file's content on standard input. The README's table says what each format's fields become.</source>
        <translation>入力は --path で指定するファイルかフォルダー (フォルダー内のファイルを名前順に読む。再帰なし)、または標準入力に渡したファイルの内容。各形式のフィールドが何になるかは README の表を参照。</translation>
    </message>
    <message>
        <source>The tool's output file, or a folder of them.</source>
        <translation>ツールの出力ファイル、またはそのようなファイルのフォルダー。</translation>
    </message>
    <message>
        <source>Give the tool's output with --path, or on standard input (see benchconnect %1 --help).</source>
        <translation>ツールの出力を --path で指定するか、標準入力に渡してください (benchconnect %1 --help を参照)。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>The input holds no benchmark results.</source>
        <translation>入力にベンチマーク結果がありません。</translation>
    </message>
    <message>
        <source>Refuse a file larger than MIB mebibytes (default %1); a file is read whole.</source>
        <translation>MIB メビバイトより大きいファイルを拒否する (既定値 %1)。ファイルは丸ごと読み込まれる。</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>標準入力が %L1 MiB を超えています。%2</translation>
    </message>
</context>
<context>
    <name>Adapter</name>
    <message>
        <source>not valid JSON %1</source>
        <translation>不正な JSON %1</translation>
    </message>
    <message>
        <source>%1 is a folder; %2 reads files</source>
        <translation>%1 はフォルダーですが、%2 はファイルを読み込みます</translation>
    </message>
    <message>
        <source>its "%1" is empty; give the benchmark's name</source>
        <translation>"%1" が空です。ベンチマークの名前を指定してください</translation>
    </message>
    <message>
        <source>its "%1" is not a string</source>
        <translation>"%1" が文字列ではありません</translation>
    </message>
    <message>
        <source>it has no "%1"</source>
        <translation>"%1" がありません</translation>
    </message>
    <message>
        <source>%1: the value %2 %3 is too large: in %4 it is beyond the largest number a result can hold. Check the value and its unit; nothing of the file is converted.</source>
        <translation>%1: 値 %2 %3 は大きすぎます: %4 に換算すると結果が保持できる最大の数を超えます。値と単位を確認してください。このファイルは何も変換されません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values written as NaN or Infinity are read as null.</source>
        <translation>
            <numerusform>NaN または Infinity と書かれた %Ln 個の値を null として読みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdapterSource</name>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>不明な形式 "%1" です。使える形式: auto, %2。</translation>
    </message>
    <message>
        <source>%1: the folder holds no files.</source>
        <translation>%1: フォルダーにファイルがありません。</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: そのようなファイルやフォルダーはありません。</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: ファイルが空です。</translation>
    </message>
    <message>
        <source>%1: not in a format benchconnect reads (%2).</source>
        <translation>%1: benchconnect が読める形式ではありません (%2)。</translation>
    </message>
    <message>
        <source>not a benchmark result: a JSON array; benchconnect reads one Conbench result object to a file (or one to a line, NDJSON) or a benchmark tool's output (%1)</source>
        <translation>ベンチマーク結果ではありません: JSON 配列です。benchconnect が読み込むのは、1 ファイルに 1 つの Conbench 結果オブジェクト (または 1 行に 1 つ、NDJSON) か、ベンチマークツールの出力 (%1) です</translation>
    </message>
    <message>
        <source>not a benchmark result: JSON nested too deeply to be read (more than 1,024 arrays and objects inside one another): %1</source>
        <translation>ベンチマーク結果ではありません: JSON の入れ子が深すぎて読み込めません (配列とオブジェクトの入れ子が 1,024 段を超えています): %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: read as %2, %Ln results.</source>
        <translation>
            <numerusform>%1: %2 として読み込みました (結果 %Ln 件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) #%3</source>
        <translation>%1 (%2) #%3</translation>
    </message>
    <message>
        <source>%1: read as %2, but it holds no results (--verbose says more).</source>
        <translation>%1: %2 として読み込みましたが、結果がありません (詳しくは --verbose)。</translation>
    </message>
    <message>
        <source>standard input looks like %1 output: give --format %2 (or --format auto) to read it whole in that format</source>
        <translation>標準入力は %1 の出力のようです: --format %2 (または --format auto) を指定すると、その形式で全体を読み込みます</translation>
    </message>
    <message>
        <source>standard input looks like one JSON document over several lines, not NDJSON (one object per line): give --format auto to read it whole</source>
        <translation>標準入力は NDJSON (1 行に 1 オブジェクト) ではなく、複数行にわたる 1 つの JSON 文書のようです: --format auto を指定すると全体を読み込みます</translation>
    </message>
</context>
<context>
    <name>AugmentCommand</name>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>Fill in the defaults of results and print them (no server).</source>
        <translation>結果の既定値を補完して出力する (サーバーは使わない)。</translation>
    </message>
    <message>
        <source>Fill in the defaults of runs and print them (no server).</source>
        <translation>ランの既定値を補完して出力する (サーバーは使わない)。</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark result needs and the user left out or set to null, and prints each result as one line of JSON. A value you give is never replaced.

Defaults: batch_id (a new random id), timestamp (now, UTC), tags, info and context ({}), machine_info (this machine, unless cluster_info is given), github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context), and run_name ("REASON: COMMIT" when run_reason and a commit are known). Empty optional fields are left out. A result that could not be posted (no stats and no error, or not exactly one of machine_info and cluster_info) is printed with a warning.</source>
        <translation>ベンチマーク結果に必要なフィールドのうち、ユーザーが省略したものや null にしたものを補完し、各結果を 1 行の JSON として出力する。指定した値が置き換えられることはない。

既定値: batch_id (新しいランダムな ID)、timestamp (現在時刻、UTC)、tags、info、context ({})、machine_info (cluster_info の指定がなければこのマシン)、github (CONBENCH_PROJECT_* 変数から。"github": null はコミット情報なしを意味する)、run_name (run_reason とコミットが分かっている場合は "REASON: COMMIT")。空の省略可能なフィールドは省く。送信できない結果 (stats も error もない、または machine_info と cluster_info のちょうど一方だけを持っていない) は警告付きで出力する。</translation>
    </message>
    <message>
        <source>Fills in the fields that a benchmark run needs and the user left out or set to null, and prints each run as one line of JSON. A value you give is never replaced.

Defaults: id (a new random id), name ("REASON: COMMIT" when a reason and a commit are known), info ({}), machine_info (this machine, unless cluster_info is given) and github (from the CONBENCH_PROJECT_* variables; "github": null means no commit context). finished_timestamp, error_type and error_info are left out until given.

"run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".</source>
        <translation>ベンチマークのランに必要なフィールドのうち、ユーザーが省略したものや null にしたものを補完し、各ランを 1 行の JSON として出力する。指定した値が置き換えられることはない。

既定値: id (新しいランダムな ID)、name (理由とコミットが分かっている場合は "REASON: COMMIT")、info ({})、machine_info (cluster_info の指定がなければこのマシン)、github (CONBENCH_PROJECT_* 変数から。"github": null はコミット情報なしを意味する)。finished_timestamp、error_type、error_info は指定されるまで省く。

結果が使う名前である "run_reason" と "run_name" は、ランの "reason" と "name" として扱う。</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>入力に JSON オブジェクトがありません。</translation>
    </message>
</context>
<context>
    <name>Augmenter</name>
    <message>
        <source>"github" must be an object with "repository" and "commit", or null.</source>
        <translation>"github" は "repository" と "commit" を持つオブジェクトか、null でなければなりません。</translation>
    </message>
    <message>
        <source>"github" lacks %1; give both "repository" and "commit", or null for no commit context.</source>
        <translation>"github" に %1 がありません。"repository" と "commit" の両方を指定するか、コミット情報なしなら null を指定してください。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>"github.repository" is "%1", not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"github.repository" の "%1" は GitHub リポジトリではありません。org/repo または https://github.com/org/repo の形式で指定してください。</translation>
    </message>
    <message>
        <source>This result cannot be posted yet: %1</source>
        <translation>この結果はまだ送信できません: %1</translation>
    </message>
    <message>
        <source>the run gives both "%1" (%2) and "%3" (%4); give one of them.</source>
        <translation>ランに "%1" (%2) と "%3" (%4) の両方が指定されています。どちらか一方にしてください。</translation>
    </message>
    <message>
        <source>"%1" is taken as the run's "%2".</source>
        <translation>"%1" をランの "%2" として扱います。</translation>
    </message>
    <message>
        <source>The run has no "reason" (such as commit, pull-request or nightly); Conbench groups runs by it.</source>
        <translation>ランに "reason" (commit、pull-request、nightly など) がありません。Conbench はこれでランをグループ化します。</translation>
    </message>
    <message>
        <source>it holds both "machine_info" and "cluster_info"; give exactly one.</source>
        <translation>machine_info と cluster_info の両方を含んでいます。ちょうど一方だけにしてください。</translation>
    </message>
    <message>
        <source>it holds neither "machine_info" nor "cluster_info"; give exactly one.</source>
        <translation>machine_info も cluster_info も含んでいません。ちょうど一方だけを指定してください。</translation>
    </message>
    <message>
        <source>it holds neither "stats" nor "error".</source>
        <translation>stats も error も含んでいません。</translation>
    </message>
</context>
<context>
    <name>Catch2Adapter</name>
    <message>
        <source>the benchmark failed</source>
        <translation>ベンチマークが失敗しました</translation>
    </message>
    <message>
        <source>the benchmark "%1" has neither a mean nor a failure</source>
        <translation>ベンチマーク "%1" には平均値も失敗もありません</translation>
    </message>
    <message>
        <source>benchmark %1 (in test case "%2"): %3</source>
        <translation>ベンチマーク %1 (テストケース "%2" 内): %3</translation>
    </message>
    <message>
        <source>not valid XML (%1 at line %2)</source>
        <translation>不正な XML (%2 行目で %1)</translation>
    </message>
    <message>
        <source>not Catch2 XML: it has no &lt;Catch&gt; element</source>
        <translation>Catch2 の XML ではありません: &lt;Catch&gt; 要素がありません</translation>
    </message>
    <message numerus="yes">
        <source>Catch2's XML keeps no samples: the mean of each of %Ln benchmarks is its one data point, with the standard deviation beside it.</source>
        <translation>
            <numerusform>Catch2 の XML はサンプルを保持しません: %Ln 個の各ベンチマークの平均値を唯一のデータ点とし、標準偏差を併記します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch2 XML (-r xml)</source>
        <translation>Catch2 の XML (-r xml)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check results against the server's rules, without sending them.</source>
        <translation>結果を送信せずに、サーバーのルールに照らして検査する。</translation>
    </message>
    <message>
        <source>Checks each result, as it is given, against what a Conbench server refuses: the schema of its API (the OpenAPI document of its generation, checked as Conbench's marshmallow does), the rules about the result as a whole (machine_info or cluster_info, stats or error, a GitHub repository URL), and the checks Conbench makes when it stores a result (tags.name present, a unit it knows). No server is needed.

Prints one line for each invalid result: where it came from (its file or NDJSON line), the field, and why. Exit status 0 when every result is valid, 3 when any is not; with --quiet nothing is printed.

Without --generation a result counts as invalid only when servers of both generations would refuse it. "submit result" and "post result" make the same check before they send anything ("submit result" with the generation "start run" found).</source>
        <translation>各結果を与えられたままの形で、Conbench サーバーが拒否する内容に照らして検査する: API のスキーマ (その世代の OpenAPI ドキュメント。Conbench の marshmallow と同様に検査)、結果全体に関するルール (machine_info または cluster_info、stats または error、GitHub リポジトリの URL)、および Conbench が結果を保存するときの検査 (tags.name があること、既知の単位であること)。サーバーは不要。

無効な結果ごとに 1 行を出力する: 取得元 (ファイルまたは NDJSON の行)、フィールド、理由。終了ステータスは、すべての結果が有効なら 0、無効なものがあれば 3。--quiet では何も出力しない。

--generation がない場合、両方の世代のサーバーが拒否する結果だけを無効とみなす。"submit result" と "post result" は送信前に同じ検査を行う ("submit result" は "start run" が判別した世代で検査)。</translation>
    </message>
    <message>
        <source>Check with the rules of this generation of Conbench servers: 2023 (up to August 2023, with runs as entities) or current (later ones). Default: only what both refuse.</source>
        <translation>この世代の Conbench サーバーのルールで検査する: 2023 (2023 年 8 月まで。ランを実体として持つ) または current (それ以降)。既定値: 両方が拒否するものだけ。</translation>
    </message>
    <message>
        <source>--generation "%1" is not a generation of Conbench servers; give 2023 or current.</source>
        <translation>--generation "%1" は Conbench サーバーの世代ではありません。2023 または current を指定してください。</translation>
    </message>
    <message>
        <source>the rules of Conbench servers up to August 2023</source>
        <translation>2023 年 8 月までの Conbench サーバーのルール</translation>
    </message>
    <message>
        <source>the rules of current Conbench servers</source>
        <translation>現行の Conbench サーバーのルール</translation>
    </message>
    <message>
        <source>the rules both generations of Conbench servers share</source>
        <translation>両方の世代の Conbench サーバーに共通のルール</translation>
    </message>
    <message>
        <source>%1 (by %2).</source>
        <translation>%1 (%2 による)。</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>入力に JSON オブジェクトがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results valid by %1.</source>
        <translation>
            <numerusform>%1 により %Ln 件の結果が有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>CheckedResultSource</name>
    <message numerus="yes">
        <source>%Ln of %L1 results would be refused by the server</source>
        <translation>
            <numerusform>%L1 件中 %Ln 件の結果がサーバーに拒否されます</numerusform>
        </translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT, or run in the project's git checkout</source>
        <translation>サーバーには各結果の github (リポジトリとコミット) が必要です。CONBENCH_PROJECT_REPOSITORY と CONBENCH_PROJECT_COMMIT を設定するか、プロジェクトの git チェックアウト内で実行してください</translation>
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
        <translation>イベントファイル %1 (GITHUB_EVENT_PATH) を読み込めませんでした: %2。</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>大きすぎます</translation>
    </message>
    <message>
        <source>The event file %1 (GITHUB_EVENT_PATH) is not a JSON object: %2.</source>
        <translation>イベントファイル %1 (GITHUB_EVENT_PATH) は JSON オブジェクトではありません: %2。</translation>
    </message>
    <message>
        <source>%1 in GITHUB_EVENT_PATH</source>
        <translation>GITHUB_EVENT_PATH の %1</translation>
    </message>
    <message>
        <source>GITHUB_SHA (%1) is not the pull request's head commit; the head commit is used.</source>
        <translation>GITHUB_SHA (%1) はプルリクエストの先頭コミットではありません。先頭コミットを使用します。</translation>
    </message>
    <message>
        <source>GitLab CI</source>
        <translation>GitLab CI</translation>
    </message>
    <message>
        <source>Merge request !%1 (CI_MERGE_REQUEST_IID) is GitLab's, not a GitHub pull request; it is not sent as a pull request number.</source>
        <translation>マージリクエスト !%1 (CI_MERGE_REQUEST_IID) は GitLab のもので、GitHub のプルリクエストではありません。プルリクエスト番号としては送信しません。</translation>
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
        <translation>%1 "%2" にクエリ、フラグメント、またはユーザー名が含まれています。サーバーのアドレスだけを指定してください。</translation>
    </message>
    <message>
        <source>%1 "%2" ends with /api; give the server's address without it (%3).</source>
        <translation>%1 "%2" の末尾が /api です。/api を除いたサーバーのアドレス (%3) を指定してください。</translation>
    </message>
    <message>
        <source>%1 "%2" is not an http:// or https:// address with a host, such as https://conbench.example.org.</source>
        <translation>%1 "%2" はホストを含む http:// または https:// のアドレスではありません (例: https://conbench.example.org)。</translation>
    </message>
    <message>
        <source>%1 is not set; set it to the Conbench server's address, such as https://conbench.example.org.</source>
        <translation>%1 が設定されていません。https://conbench.example.org のような Conbench サーバーのアドレスを設定してください。</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but blank; ignoring it.</source>
        <translation>CONBENCH_PASSWORD が設定されていますが空です。無視します。</translation>
    </message>
    <message>
        <source>CONBENCH_EMAIL is set but CONBENCH_PASSWORD is not; set both to log in, or neither for a public server.</source>
        <translation>CONBENCH_EMAIL は設定されていますが CONBENCH_PASSWORD が設定されていません。ログインするなら両方を設定し、公開サーバーならどちらも設定しないでください。</translation>
    </message>
    <message>
        <source>CONBENCH_PASSWORD is set but CONBENCH_EMAIL is not; not logging in.</source>
        <translation>CONBENCH_PASSWORD は設定されていますが CONBENCH_EMAIL が設定されていません。ログインしません。</translation>
    </message>
    <message>
        <source>BENCHCONNECT_RETRY_DEADLINE="%1" is not a number of seconds.</source>
        <translation>BENCHCONNECT_RETRY_DEADLINE="%1" は秒数ではありません。</translation>
    </message>
    <message>
        <source>The credentials of %1 would travel unencrypted over plain http:// to %2; use https:// unless this network is yours alone.</source>
        <translation>%1 の認証情報が暗号化されない http:// で %2 に送られます。このネットワークを自分だけが使うのでない限り https:// を使ってください。</translation>
    </message>
    <message>
        <source>The server profile "%1" has the URL "%2", which is not an http:// or https:// address of a server (without /api); correct it in the window's Preferences &gt; Servers.</source>
        <translation>サーバープロファイル "%1" の URL "%2" は、サーバーの http:// または https:// アドレス (/api なし) ではありません。ウィンドウの「設定 &gt; サーバー」で修正してください。</translation>
    </message>
    <message>
        <source>There is no server profile "%1": %2 holds no profiles; add them in the window's Preferences &gt; Servers.</source>
        <translation>サーバープロファイル "%1" はありません: %2 にプロファイルがありません。ウィンドウの「設定 &gt; サーバー」で追加してください。</translation>
    </message>
    <message>
        <source>There is no server profile "%1"; the profiles in %2 are: %3.</source>
        <translation>サーバープロファイル "%1" はありません。%2 のプロファイル: %3。</translation>
    </message>
    <message>
        <source>The server profile "%1" logs in as %2 but CONBENCH_PASSWORD is not set; set it (the command-line program does not read the keychain).</source>
        <translation>サーバープロファイル "%1" は %2 としてログインしますが、CONBENCH_PASSWORD が設定されていません。設定してください (コマンドラインプログラムはキーチェーンを読みません)。</translation>
    </message>
    <message>
        <source>BENCHCONNECT_MAX_IN_FLIGHT="%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>BENCHCONNECT_MAX_IN_FLIGHT="%1" は "auto" でも 1 から 64 までの数でもありません。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: 警告: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: エラー: %2</translation>
    </message>
    <message>
        <source>Interrupted a second time: quit at once.</source>
        <translation>2 度目の中断のため、ただちに終了しました。</translation>
    </message>
    <message>
        <source>The Conbench server, without /api (required).</source>
        <translation>Conbench サーバー。/api は付けない (必須)。</translation>
    </message>
    <message>
        <source>Log in with this account (for a private server).</source>
        <translation>このアカウントでログインする (非公開サーバー用)。</translation>
    </message>
    <message>
        <source>The account's password; never printed.</source>
        <translation>アカウントのパスワード。出力されることはない。</translation>
    </message>
    <message>
        <source>org/repo or https://github.com/org/repo: github.repository.</source>
        <translation>org/repo または https://github.com/org/repo: github.repository。</translation>
    </message>
    <message>
        <source>The 40-hex commit SHA: github.commit.</source>
        <translation>40 桁の 16 進数のコミット SHA: github.commit。</translation>
    </message>
    <message>
        <source>The pull request number: github.pr_number (BENCHMARKABLE_PR_NUMBER is read too).</source>
        <translation>プルリクエストの番号: github.pr_number (BENCHMARKABLE_PR_NUMBER も読む)。</translation>
    </message>
    <message>
        <source>Overrides the host name sent as machine_info.name.</source>
        <translation>machine_info.name として送るホスト名を上書きする。</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>使い方: %1 %2 [オプション]</translation>
    </message>
    <message>
        <source>Input (give one; --json wins over NDJSON, which wins over --path):</source>
        <translation>入力 (いずれか 1 つを指定。--json は NDJSON より、NDJSON は --path より優先):</translation>
    </message>
    <message>
        <source>One %1 as a JSON object.</source>
        <translation>%1 1 つを表す JSON オブジェクト。</translation>
    </message>
    <message>
        <source>Newline-delimited JSON, one %1 per line, as an argument; "-", or standard input when nothing else is given and it is not a terminal, reads it from standard input.</source>
        <translation>改行区切りの JSON (1 行に %1 1 つ) を引数として指定する。"-" を指定した場合、または他に何も指定されず標準入力が端末でない場合は、標準入力から読む。</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>引数:</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>エラーだけを出力する。</translation>
    </message>
    <message>
        <source>Print what is done, step by step (never a password).</source>
        <translation>処理内容を 1 ステップずつ出力する (パスワードは出さない)。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了する。</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>環境変数:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>A file holding one %1, or a directory of them.</source>
        <translation>%1 1 つを含むファイル、またはそのようなファイルのディレクトリ。</translation>
    </message>
    <message>
        <source>%1 (see %2 %3 --help)</source>
        <translation>%1 (%2 %3 --help を参照)</translation>
    </message>
    <message>
        <source>Unexpected argument "%1" (see %2 %3 --help)</source>
        <translation>予期しない引数 "%1" (%2 %3 --help を参照)</translation>
    </message>
    <message>
        <source>-q (--quiet) prints only errors and -v (--verbose) every step: give one of them, not both (see %1 %2 --help).</source>
        <translation>-q (--quiet) はエラーだけを、-v (--verbose) はすべての手順を表示します。どちらか一方だけを指定してください (%1 %2 --help を参照)。</translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>A file holding one %1 as a JSON object, or a directory whose *.json files (not recursive) each hold one; anything else named *.json there (a FIFO, a dangling link, a directory) is an error.</source>
        <translation>%1 1 つを JSON オブジェクトとして含むファイル、または各 *.json ファイル (再帰なし) がそれぞれ 1 つを含むディレクトリ。そこにある *.json という名前のそれ以外のもの (FIFO、リンク切れのリンク、ディレクトリ) はエラーになる。</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes (default %1). Reading one takes several times its size in memory.</source>
        <translation>MIB メビバイトを超えるファイルや NDJSON 行を拒否する (既定値 %1)。1 つを読み込むには、そのサイズの数倍のメモリーを使う。</translation>
    </message>
    <message>
        <source>Refuse a file or NDJSON line larger than MIB mebibytes.</source>
        <translation>MIB メビバイトを超えるファイルや NDJSON 行を拒否する。</translation>
    </message>
    <message>
        <source>raise the limit with --max-input-size MIB if it is meant to be this large</source>
        <translation>この大きさで正しいなら --max-input-size MIB で上限を上げてください</translation>
    </message>
    <message>
        <source>--%1 was given an empty value (an unset shell variable?); give %2, or leave the option out (see %3 %4 --help).</source>
        <translation>--%1 に空の値が指定されました (未設定のシェル変数？)。%2 を指定するか、オプションを省いてください (%3 %4 --help を参照)。</translation>
    </message>
    <message>
        <source>--max-input-size "%1" is not a positive number of mebibytes (at most %2).</source>
        <translation>--max-input-size "%1" は正のメビバイト数 (最大 %2) ではありません。</translation>
    </message>
    <message>
        <source>%1 is set but blank; set it to the outbox directory, or unset it for the default (~/.local/share/benchconnect/outbox).</source>
        <translation>%1 が設定されていますが空です。送信トレイのディレクトリを設定するか、既定値 (~/.local/share/benchconnect/outbox) を使うなら設定を解除してください。</translation>
    </message>
    <message>
        <source>%1 is set but blank; ignoring it (--outbox is given).</source>
        <translation>%1 が設定されていますが空です。無視します (--outbox が指定されています)。</translation>
    </message>
    <message>
        <source>Exit status: 0 success; 1 some work not done; 2 usage; 3 input; 4 configuration; 5 refused by the server; 6 server unreachable; 7 run state; 8 regressions found; 9 outbox storage; 130 interrupted (see %1 --help).</source>
        <translation>終了ステータス: 0 成功、1 一部の作業が未完了、2 使い方、3 入力、4 設定、5 サーバーが拒否、6 サーバーに到達不能、7 ランの状態、8 リグレッションを検出、9 送信トレイの保存領域、130 中断 (%1 --help を参照)。</translation>
    </message>
    <message>
        <source>A file or a directory: %1s as JSON, or a benchmark tool's output (see --format).</source>
        <translation>ファイルまたはディレクトリ: JSON 形式の %1、またはベンチマークツールの出力 (--format を参照)。</translation>
    </message>
    <message>
        <source>The format of the input: auto (the default for --path: each file's format from its content), conbench, or a tool's (%1). With --format, standard input is read whole in that format.</source>
        <translation>入力の形式: auto (--path の既定値。各ファイルの形式を内容から判別)、conbench、またはツールの形式 (%1)。--format を指定すると、標準入力をその形式で丸ごと読み込む。</translation>
    </message>
    <message>
        <source>Unknown format "%1"; the formats are: auto, %2.</source>
        <translation>不明な形式 "%1" です。使える形式: auto, %2。</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path に空の値が指定されました。</translation>
    </message>
    <message>
        <source>Standard input holds more than %L1 MiB; %2</source>
        <translation>標準入力が %L1 MiB を超えています。%2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
</context>
<context>
    <name>CommandLineBuilder</name>
    <message>
        <source>Run tags (%1) are not part of a run: the command-line program sends the run_tags each result file holds.</source>
        <translation>ランタグ (%1) はランの一部ではありません。コマンドラインプログラムは各結果ファイルに含まれる run_tags を送信します。</translation>
    </message>
    <message>
        <source>The password is not copied. Set it first, without echoing it: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</source>
        <translation>パスワードはコピーされません。先にエコーせずに設定してください: read -rs CONBENCH_PASSWORD &amp;&amp; export CONBENCH_PASSWORD</translation>
    </message>
    <message>
        <source>Left out, as in the window (cannot be sent): %1</source>
        <translation>ウィンドウと同様に除外 (送信できない): %1</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>Compare a run with its baseline; fail a CI job on a regression.</source>
        <translation>ランをベースラインと比較し、リグレッションがあれば CI ジョブを失敗させる。</translation>
    </message>
    <message>
        <source>Compares the results of a run with those of its baseline run, as the Conbench server pairs and analyses them (GET /api/compare/runs/BASELINE...RUN/, every page of it), and prints one row per benchmark: its name and tags, the unit, the baseline's and the run's value, the change in percent and the lookback z-score (both negative when the run is worse, as Conbench signs them), and a verdict: regression, improvement, no change, new, missing, error, or not compared (the server made no analysis of the two results, or their units differ). Regressions come first, then errors, then the largest changes.

RUN_ID defaults to the run started here (benchconnect-state.json), else the run the last "finish run" here finished. The baseline is the first of the server's candidate baseline runs that exists (parent commit, fork point, latest default-branch commit), or the one named with --baseline, or the run whose id --baseline gives. When there is none, the server's reason for each candidate is printed and the exit status is 0. Servers up to 2023 name no candidates: there only --baseline RUN_ID works.

With --fail-on the exit status is 8 when the comparison shows what it names: a CI job fails on a regression. When GITHUB_STEP_SUMMARY is set (GitHub Actions), the markdown summary is appended to that file whatever --format says.</source>
        <translation>ランの結果をベースラインのランの結果と比較する。Conbench サーバーが対応付けて分析した比較 (GET /api/compare/runs/BASELINE...RUN/ の全ページ) を読み込み、ベンチマークごとに 1 行を出力する: 名前とタグ、単位、ベースラインとランの値、変化率 (%) とルックバック z スコア (Conbench の符号の付け方に従い、ランが悪化した場合はどちらも負)、判定 (リグレッション、改善、変化なし、新規、欠落、エラー、比較なし: サーバーが 2 つの結果を分析しなかったもの、または単位が異なるもの)。リグレッションを先頭に、次にエラー、次に変化の大きいものの順に並べる。

RUN_ID の既定値は、ここで開始したラン (benchconnect-state.json)、なければここで最後に "finish run" が終了したラン。ベースラインは、サーバーが挙げるベースラインの候補ラン (親コミット、分岐点、デフォルトブランチの最新コミット) のうち最初に存在するもの、--baseline で名前を指定した候補、または --baseline で ID を指定したラン。ベースラインがない場合は、候補ごとにサーバーが示す理由を出力し、終了ステータスは 0 になる。2023 年までのサーバーは候補を挙げないため、--baseline RUN_ID だけが使える。

--fail-on を指定すると、指定した内容が比較結果に現れたときに終了ステータスが 8 になる: これにより、リグレッションで CI ジョブを失敗させられる。GITHUB_STEP_SUMMARY が設定されている場合 (GitHub Actions)、--format の指定にかかわらず、markdown の要約をそのファイルに追記する。</translation>
    </message>
    <message>
        <source>The baseline: parent, fork_point, latest_default (a candidate the server names), or a run id. Default: the first candidate that exists, in that order.</source>
        <translation>ベースライン: parent、fork_point、latest_default (サーバーが挙げる候補) またはランの ID。既定値: 存在する最初の候補 (この順)。</translation>
    </message>
    <message>
        <source>Call a change larger than PERCENT a regression or improvement (passed to the server; its default is 5).</source>
        <translation>PERCENT を超える変化をリグレッションまたは改善とみなす (サーバーに渡す。サーバーの既定値は 5)。</translation>
    </message>
    <message>
        <source>Call a lookback z-score beyond Z a regression or improvement (passed to the server; its default is 5).</source>
        <translation>Z を超えるルックバック z スコアをリグレッションまたは改善とみなす (サーバーに渡す。サーバーの既定値は 5)。</translation>
    </message>
    <message>
        <source>Print the comparison as text (default), markdown (a summary for a pull-request comment) or json.</source>
        <translation>比較を text (既定値)、markdown (プルリクエストのコメント用の要約) または json で出力する。</translation>
    </message>
    <message>
        <source>Exit with status 8 when the comparison shows a regression, an error, any of those or a benchmark missing or not compared (any), or never (default).</source>
        <translation>比較結果にリグレッション (regression)、エラー (error)、それらのいずれか、または欠落したベンチマークや比較されなかったベンチマーク (any) があれば終了ステータス 8 で終了する。never (既定値) では 8 で終了しない。</translation>
    </message>
    <message>
        <source>Read the comparison N benchmarks a page (default: the server's).</source>
        <translation>比較を 1 ページあたり N 件のベンチマークずつ読み込む (既定値: サーバーの既定値)。</translation>
    </message>
    <message>
        <source>The run to compare (default: the run started here, else the one "finish run" finished last here).</source>
        <translation>比較するラン (既定値: ここで開始したラン、なければここで最後に "finish run" が終了したラン)。</translation>
    </message>
    <message>
        <source>Give one run id; got %1 (see benchconnect compare run --help).</source>
        <translation>ランの ID を 1 つ指定してください。指定された値: %1 (benchconnect compare run --help を参照)。</translation>
    </message>
    <message>
        <source>No run to compare: give its id (benchconnect compare run RUN_ID), or run this where "start run" or "finish run" ran.</source>
        <translation>比較するランがありません: ID を指定する (benchconnect compare run RUN_ID) か、"start run" または "finish run" を実行した場所で実行してください。</translation>
    </message>
    <message>
        <source>Run %1 was sent to %2, not to %3; comparing it on %3.</source>
        <translation>ラン %1 は %3 ではなく %2 に送信されました。%3 で比較します。</translation>
    </message>
    <message>
        <source>--threshold "%1" is not a positive number of percent.</source>
        <translation>--threshold "%1" は正のパーセント値ではありません。</translation>
    </message>
    <message>
        <source>--threshold-z "%1" is not a positive number.</source>
        <translation>--threshold-z "%1" は正の数ではありません。</translation>
    </message>
    <message>
        <source>--page-size "%1" is not a number from 1 to 1000.</source>
        <translation>--page-size "%1" は 1 から 1000 までの数ではありません。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not one of text, markdown, json.</source>
        <translation>--%1 "%2" は text、markdown、json のいずれでもありません。</translation>
    </message>
    <message>
        <source>--fail-on "%1" is not one of regression, error, any, never.</source>
        <translation>--fail-on "%1" は regression、error、any、never のいずれでもありません。</translation>
    </message>
    <message>
        <source>GITHUB_STEP_SUMMARY: cannot append to %1: %2</source>
        <translation>GITHUB_STEP_SUMMARY: %1 に追記できません: %2</translation>
    </message>
    <message>
        <source>Nothing compared: run %1 has no baseline.</source>
        <translation>比較していません: ラン %1 にはベースラインがありません。</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare (this server keeps a run only through its results).</source>
        <translation>ラン %1 にはサーバー上に結果がありません。比較するものがありません（このサーバーはランを結果を通してのみ保持します）。</translation>
    </message>
    <message>
        <source>The comparison fails the gate (--fail-on %1): %2.</source>
        <translation>比較がゲートを通過しません (--fail-on %1): %2。</translation>
    </message>
    <message>
        <source>%1; give the run's id: benchconnect compare run RUN_ID.</source>
        <translation>%1。実行の ID を指定してください: benchconnect compare run RUN_ID</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>The run to compare (the last one submitted)</source>
        <translation>比較するラン (最後に送信したラン)</translation>
    </message>
    <message>
        <source>First candidate the server offers</source>
        <translation>サーバーが挙げる最初の候補</translation>
    </message>
    <message>
        <source>Parent commit</source>
        <translation>親コミット</translation>
    </message>
    <message>
        <source>Fork point</source>
        <translation>分岐点</translation>
    </message>
    <message>
        <source>Latest default-branch commit</source>
        <translation>デフォルトブランチの最新コミット</translation>
    </message>
    <message>
        <source>A candidate baseline the server names, or type the id of a baseline run</source>
        <translation>サーバーが挙げるベースラインの候補。ベースラインのランの ID を入力することもできます</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>サーバーの既定値</translation>
    </message>
    <message>
        <source>A change larger than this is a regression or improvement</source>
        <translation>これより大きい変化をリグレッションまたは改善とみなします</translation>
    </message>
    <message>
        <source>A lookback z-score beyond this is a regression or improvement</source>
        <translation>これを超えるルックバック z スコアをリグレッションまたは改善とみなします</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Read the comparison from the server again (its z-scores change as history arrives)</source>
        <translation>サーバーから比較を再度読み込みます (履歴が増えると z スコアは変わります)</translation>
    </message>
    <message>
        <source>Filter benchmarks</source>
        <translation>ベンチマークを絞り込み</translation>
    </message>
    <message>
        <source>Submit a run, or enter a run's id, then compare it with its baseline.</source>
        <translation>ランを送信するかランの ID を入力してから、ベースラインと比較してください。</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>ラン:</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>ベースライン:</translation>
    </message>
    <message>
        <source>Threshold:</source>
        <translation>しきい値:</translation>
    </message>
    <message>
        <source>z:</source>
        <translation>z:</translation>
    </message>
    <message>
        <source>Enter the id of the run to compare.</source>
        <translation>比較するランの ID を入力してください。</translation>
    </message>
    <message>
        <source>Set the server first.</source>
        <translation>先にサーバーを設定してください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Comparing run %1…</source>
        <translation>ラン %1 を比較中…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>None: %1</source>
        <translation>なし: %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>ラン %1</translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>ラン %1 には比較するベースラインがありません: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2: %3.</source>
        <translation>ラン %1 をベースラインのラン %2 と比較しました: %3。</translation>
    </message>
    <message>
        <source>Open the comparison on the server</source>
        <translation>サーバーで比較を開きます</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Reading run %1</source>
        <translation>ラン %1 を読み込み中</translation>
    </message>
    <message>
        <source>Run %1 is not on the server (404): check the run id. (A current Conbench server holds a run only once it has stored one of its results.)</source>
        <translation>ラン %1 はサーバー上にありません (404)。ランの ID を確認してください。（現行の Conbench サーバーは、ランの結果を 1 つ保存して初めてそのランを持ちます。）</translation>
    </message>
    <message>
        <source>Run %1 could not be read: %2</source>
        <translation>ラン %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>The baseline run %1 is not on the server (404): check the id given with --baseline.</source>
        <translation>ベースラインのラン %1 はサーバー上にありません (404)。--baseline で指定した ID を確認してください。</translation>
    </message>
    <message>
        <source>The baseline run %1 could not be read: %2</source>
        <translation>ベースラインのラン %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>this Conbench server (2023 or older) does not name candidate baseline runs; give the baseline's run id with --baseline RUN_ID.</source>
        <translation>この Conbench サーバー (2023 年以前) はベースラインの候補ランを挙げません。--baseline RUN_ID でベースラインのランの ID を指定してください。</translation>
    </message>
    <message>
        <source>no baseline run found</source>
        <translation>ベースラインのランが見つかりません</translation>
    </message>
    <message>
        <source>the server named no candidate baseline runs</source>
        <translation>サーバーはベースラインの候補ランを挙げませんでした</translation>
    </message>
    <message>
        <source>the server named no %1 candidate</source>
        <translation>サーバーは %1 の候補を挙げませんでした</translation>
    </message>
    <message>
        <source>Reading page %1 of the comparison</source>
        <translation>比較の %1 ページ目を読み込み中</translation>
    </message>
    <message>
        <source>The server has no comparison of runs %1 and %2 (404): %3</source>
        <translation>サーバーにはラン %1 と %2 の比較がありません (404): %3</translation>
    </message>
    <message>
        <source>The comparison could not be read: %1</source>
        <translation>比較を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The server's comparison is not in a form Conbench answers with.</source>
        <translation>サーバーの比較は、Conbench が応答する形式ではありません。</translation>
    </message>
    <message>
        <source>The server's comparison pages do not end (cursor %1 again).</source>
        <translation>サーバーの比較のページが終わりません (カーソル %1 が再び返されました)。</translation>
    </message>
    <message>
        <source>Run %1 holds no results on the server: nothing to compare.</source>
        <translation>ラン %1 にはサーバー上に結果がありません。比較するものがありません。</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>比較をキャンセルしました。</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds no run id</source>
        <translation>%1 は壊れています: 実行 ID が含まれていません</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z スコア</translation>
    </message>
    <message>
        <source>%1
Double-click to open the result's page: %2</source>
        <translation>%1
ダブルクリックすると結果のページを開きます: %2</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>parent commit</source>
        <translation>親コミット</translation>
    </message>
    <message>
        <source>fork point</source>
        <translation>分岐点</translation>
    </message>
    <message>
        <source>latest default-branch commit</source>
        <translation>デフォルトブランチの最新コミット</translation>
    </message>
    <message>
        <source>given with --baseline</source>
        <translation>--baseline で指定</translation>
    </message>
    <message numerus="yes">
        <source>%Ln regressions</source>
        <translation>
            <numerusform>リグレッション %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln improvements</source>
        <translation>
            <numerusform>改善 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without change</source>
        <translation>
            <numerusform>変化なし %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with errors</source>
        <translation>
            <numerusform>エラー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新規 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>欠落 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not compared</source>
        <translation>
            <numerusform>比較なし %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 has no baseline to compare with: %2</source>
        <translation>ラン %1 には比較するベースラインがありません: %2</translation>
    </message>
    <message>
        <source>Run %1 compared with baseline run %2 (%3).</source>
        <translation>ラン %1 をベースラインのラン %2 (%3) と比較しました。</translation>
    </message>
    <message>
        <source>The two runs share no benchmarks.</source>
        <translation>2 つのランに共通するベンチマークはありません。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>ベースライン</translation>
    </message>
    <message>
        <source>Contender</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z スコア</translation>
    </message>
    <message>
        <source>Benchmark comparison: no baseline</source>
        <translation>ベンチマークの比較: ベースラインなし</translation>
    </message>
    <message>
        <source>Run `%1` has no baseline to compare with: %2</source>
        <translation>ラン `%1` には比較するベースラインがありません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Benchmark comparison: %Ln regressions</source>
        <translation>
            <numerusform>ベンチマークの比較: リグレッション %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Benchmark comparison: no regressions</source>
        <translation>ベンチマークの比較: リグレッションなし</translation>
    </message>
    <message>
        <source>Benchmark comparison: no benchmark compared</source>
        <translation>ベンチマークの比較: 比較したベンチマークはありません</translation>
    </message>
    <message>
        <source>Benchmark comparison: %1</source>
        <translation>ベンチマークの比較: %1</translation>
    </message>
    <message>
        <source>Run `%1` compared with baseline run `%2` (%3)</source>
        <translation>ラン `%1` をベースラインのラン `%2` (%3) と比較</translation>
    </message>
    <message>
        <source>comparison on Conbench</source>
        <translation>Conbench 上の比較</translation>
    </message>
    <message>
        <source>change threshold %1 %</source>
        <translation>変化のしきい値 %1 %</translation>
    </message>
    <message>
        <source>the server's change threshold</source>
        <translation>サーバーの変化のしきい値</translation>
    </message>
    <message>
        <source>z-score threshold %1</source>
        <translation>z スコアのしきい値 %1</translation>
    </message>
    <message>
        <source>the server's z-score threshold</source>
        <translation>サーバーの z スコアのしきい値</translation>
    </message>
    <message>
        <source>A negative change or z-score is worse, as Conbench signs them (slower, or less throughput).</source>
        <translation>Conbench の符号の付け方に従い、変化や z スコアが負の場合は悪化 (低速化またはスループットの低下) を表します。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注記:</translation>
    </message>
</context>
<context>
    <name>ComparisonRow</name>
    <message>
        <source>regression</source>
        <translation>リグレッション</translation>
    </message>
    <message>
        <source>improvement</source>
        <translation>改善</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>new in this run, and its result failed: %1</source>
        <translation>このランで新規、かつ結果が失敗しました: %1</translation>
    </message>
    <message>
        <source>the run's result failed: %1</source>
        <translation>ランの結果が失敗しました: %1</translation>
    </message>
    <message>
        <source>the baseline's result failed: %1</source>
        <translation>ベースラインの結果が失敗しました: %1</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>比較なし</translation>
    </message>
    <message>
        <source>the server made no analysis: the baseline's value is 0</source>
        <translation>サーバーは分析しませんでした: ベースラインの値が 0 です</translation>
    </message>
    <message>
        <source>the server made no analysis: a result has no value</source>
        <translation>サーバーは分析しませんでした: 値のない結果があります</translation>
    </message>
    <message>
        <source>the server made no analysis</source>
        <translation>サーバーは分析しませんでした</translation>
    </message>
    <message>
        <source>the unit changed from %1 to %2</source>
        <translation>単位が %1 から %2 に変わりました</translation>
    </message>
</context>
<context>
    <name>ConbenchAdapter</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation>ファイルに JSON オブジェクトがありません</translation>
    </message>
    <message>
        <source>Conbench result JSON (one object, or one per line)</source>
        <translation>Conbench の結果 JSON (オブジェクト 1 つ、または 1 行に 1 つ)</translation>
    </message>
</context>
<context>
    <name>ConbenchClient</name>
    <message>
        <source>no answer within %L1 s</source>
        <translation>%L1 s 以内に応答なし</translation>
    </message>
    <message>
        <source>stopped before the server confirmed it</source>
        <translation>サーバーが受領を確認する前に停止</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); give its CA certificate with --ca-bundle or BENCHCONNECT_CA_BUNDLE, or, only on a network you trust, use --insecure</source>
        <translation>%1 の TLS 証明書は信頼されていません (%2)。--ca-bundle または BENCHCONNECT_CA_BUNDLE でその CA 証明書を指定するか、信頼できるネットワーク上でのみ --insecure を使ってください</translation>
    </message>
    <message>
        <source>the server refused the credentials of %1 (%2)</source>
        <translation>サーバーが %1 の認証情報を拒否しました (%2)</translation>
    </message>
    <message>
        <source>the server requires logging in (%1); set CONBENCH_EMAIL and CONBENCH_PASSWORD</source>
        <translation>サーバーはログインを要求しています (%1)。CONBENCH_EMAIL と CONBENCH_PASSWORD を設定してください</translation>
    </message>
    <message>
        <source>the server refused the request even after logging in again (%1)</source>
        <translation>再ログイン後もサーバーがリクエストを拒否しました (%1)</translation>
    </message>
    <message>
        <source>the server redirected %1 to %2, which benchconnect does not follow (credentials never go to another host); set CONBENCH_URL to the address that answers</source>
        <translation>サーバーが %1 を %2 にリダイレクトしましたが、benchconnect はリダイレクトに従いません (認証情報を別のホストに送らないため)。応答するアドレスを CONBENCH_URL に設定してください</translation>
    </message>
    <message>
        <source>no usable answer from %1 (attempts: %2, retried until the deadline of %3 s); the last problem: %4</source>
        <translation>%1 から使える応答がありません (試行回数: %2、期限の %3 s まで再試行)。最後の問題: %4</translation>
    </message>
    <message>
        <source>cannot read the results of run %1: %2</source>
        <translation>ラン %1 の結果を読めません: %2</translation>
    </message>
    <message>
        <source>cannot check whether the server stored it already (%1); it is not sent again until that can be checked</source>
        <translation>サーバーに保存済みかどうかを確認できません (%1)。確認できるまで再送信しません</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>サーバーが応答せずに接続を閉じました</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>ホスト %1 が見つかりません</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>接続がタイムアウトしました</translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation>ネットワークを使用できません</translation>
    </message>
    <message>
        <source>the proxy failed (%1)</source>
        <translation>プロキシでエラーが発生しました (%1)</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>ネットワークエラー %1</translation>
    </message>
    <message>
        <source>%1 did not give a Conbench answer (%2); check CONBENCH_URL and any proxy or network log-in page in between</source>
        <translation>%1 から Conbench の応答がありませんでした (%2)。CONBENCH_URL と、途中にあるプロキシやネットワークのログインページを確認してください</translation>
    </message>
    <message>
        <source>the server ended the session right after logging in again (%1 answered %2); nothing more is sent. A proxy or load balancer in between may drop the session cookie; the results wait in the outbox</source>
        <translation>再ログイン直後にサーバーがセッションを終了しました (%1 が %2 を返しました)。これ以上は送信しません。途中のプロキシやロードバランサーがセッション Cookie を落としている可能性があります。結果は送信トレイで待機しています</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>本文なし</translation>
    </message>
    <message>
        <source>no id of a stored result</source>
        <translation>保存された結果の ID なし</translation>
    </message>
    <message>
        <source>cancelled after a failed attempt: %1</source>
        <translation>失敗した試行の後にキャンセル: %1</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again (Retry-After), longer than the retry deadline of %3 s allows (%4 s left); the results wait in the outbox, send them later with "benchconnect outbox retry" or allow more with --retry-deadline</source>
        <translation>%1 から再試行まで %2 s 待つよう求められましたが (Retry-After)、再試行の期限 %3 s を超えます (残り %4 s)。結果は送信トレイで待機しています。後で "benchconnect outbox retry" で送信するか、--retry-deadline で期限を延ばしてください</translation>
    </message>
    <message>
        <source>%1 failed (%2); trying again in %3 s.</source>
        <translation>%1 が失敗しました (%2)。%3 s 後に再試行します。</translation>
    </message>
</context>
<context>
    <name>ConbenchSchema</name>
    <message>
        <source>%1 is not a GitHub repository URL (https://github.com/ORG/REPO)</source>
        <translation>%1 は GitHub リポジトリの URL (https://github.com/ORG/REPO) ではありません</translation>
    </message>
    <message>
        <source>is empty (give the commit's hash, or leave the field out)</source>
        <translation>空です (コミットのハッシュを指定するか、フィールドを省略してください)</translation>
    </message>
    <message>
        <source>missing (give machine_info or cluster_info)</source>
        <translation>ありません (machine_info または cluster_info を指定してください)</translation>
    </message>
    <message>
        <source>given together with machine_info (give only one of them)</source>
        <translation>machine_info と一緒に指定されています (どちらか一方だけを指定してください)</translation>
    </message>
    <message>
        <source>%1 is not an object of strings</source>
        <translation>%1 は文字列のオブジェクトではありません</translation>
    </message>
    <message>
        <source>holds an empty key (keys must be non-empty strings)</source>
        <translation>空のキーがあります (キーは空でない文字列でなければなりません)</translation>
    </message>
    <message>
        <source>%1 is not a string (run_tags values must be strings)</source>
        <translation>%1 は文字列ではありません (run_tags の値は文字列でなければなりません)</translation>
    </message>
    <message>
        <source>missing (give stats, or error for a benchmark that failed)</source>
        <translation>ありません (stats を指定するか、失敗したベンチマークには error を指定してください)</translation>
    </message>
    <message>
        <source>missing (Conbench needs the benchmark's name there)</source>
        <translation>ありません (Conbench はここにベンチマークの名前を必要とします)</translation>
    </message>
    <message>
        <source>%1 is an object or a list (tag values must be plain values)</source>
        <translation>%1 はオブジェクトまたはリストです (タグの値は単純な値でなければなりません)</translation>
    </message>
    <message>
        <source>%1 is not a unit Conbench accepts (%2)</source>
        <translation>%1 は Conbench が受け付ける単位ではありません (%2)</translation>
    </message>
    <message>
        <source>not a field the server knows</source>
        <translation>サーバーが知らないフィールドです</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>ありません (必須)</translation>
    </message>
    <message>
        <source>may not be null, empty or blank</source>
        <translation>null、空、空白にはできません</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 は文字列ではありません</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 は整数ではありません</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1: NaN and infinity are not allowed</source>
        <translation>%1: NaN と無限大は使用できません</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 は true でも false でもありません</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <translation>%1 はリストではありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 はオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 date and time (2026-01-31T12:00:00+00:00)</source>
        <translation>%1 は ISO 8601 の日時 (2026-01-31T12:00:00+00:00) ではありません</translation>
    </message>
    <message>
        <source>%1 is not an email address</source>
        <translation>%1 はメールアドレスではありません</translation>
    </message>
</context>
<context>
    <name>CriterionAdapter</name>
    <message>
        <source>%1: the file is larger than %L2 MiB</source>
        <translation>%1: ファイルが %L2 MiB を超えています</translation>
    </message>
    <message>
        <source>%1: the throughput per second is beyond the largest number a result can hold; it is left out.</source>
        <translation>%1: 1 秒あたりのスループットは結果が保持できる最大の数を超えるため、省きます。</translation>
    </message>
    <message>
        <source>%1: %2 ns over %3 iterations is beyond the largest number a result can hold (%4); nothing of the folder is converted.</source>
        <translation>%1: %3 回の反復で %2 ns は結果が保持できる最大の数を超えます (%4)。このフォルダーは何も変換されません。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>Criterion's output is a folder: give target/criterion (or a folder inside it)</source>
        <translation>Criterion の出力はフォルダーです: target/criterion (またはその中のフォルダー) を指定してください</translation>
    </message>
    <message>
        <source>no benchmark in the folder (Criterion writes &lt;benchmark&gt;/new/benchmark.json)</source>
        <translation>フォルダーにベンチマークがありません (Criterion は &lt;benchmark&gt;/new/benchmark.json に書き込みます)</translation>
    </message>
    <message>
        <source>%1: "iters" and "times" differ in length</source>
        <translation>%1: "iters" と "times" の長さが異なります</translation>
    </message>
    <message>
        <source>Criterion recorded no measurement for %1 (new/sample.json and new/estimates.json are missing or empty)</source>
        <translation>Criterion は %1 の測定値を記録していません (new/sample.json と new/estimates.json がないか空です)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have no new/sample.json; their mean estimate stands for the data.</source>
        <translation>
            <numerusform>%Ln 個のベンチマークに new/sample.json がありません。平均値の推定値をデータの代わりに使います。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rust Criterion's target/criterion folder</source>
        <translation>Rust Criterion の target/criterion フォルダー</translation>
    </message>
</context>
<context>
    <name>CustomAdapter</name>
    <message>
        <source>not github-action-benchmark JSON: it is not a list of {"name", "unit", "value"}</source>
        <translation>github-action-benchmark の JSON ではありません: {"name", "unit", "value"} のリストではありません</translation>
    </message>
    <message>
        <source>entry %1 (%2) has no numeric "value"</source>
        <translation>項目 %1 (%2) に数値の "value" がありません</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>項目 %1: %2</translation>
    </message>
    <message>
        <source>%1: the unit "%2" has no Conbench unit (s, ns, B/s, i/s); left out.</source>
        <translation>%1: 単位 "%2" に対応する Conbench の単位 (s, ns, B/s, i/s) がありません。除外しました。</translation>
    </message>
    <message>
        <source>github-action-benchmark's custom JSON ([{"name", "unit", "value"}])</source>
        <translation>github-action-benchmark のカスタム JSON ([{"name", "unit", "value"}])</translation>
    </message>
</context>
<context>
    <name>Dispatcher</name>
    <message>
        <source>Sends benchmark results to a Conbench server: fills in their defaults (machine, commit, timestamps), starts and finishes runs, and posts results, keeping every result in an outbox until the server confirmed it.</source>
        <translation>ベンチマーク結果を Conbench サーバーに送信する。既定値 (マシン、コミット、タイムスタンプ) を補完し、ランを開始・終了し、結果を送信する。各結果はサーバーが受領を確認するまで送信トレイに保持する。</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>the work was done only in part (the server refused some results and stored others)</source>
        <translation>処理の一部だけが完了した (サーバーが一部の結果を拒否し、残りを保存した)</translation>
    </message>
    <message>
        <source>unknown subcommand, bad option or option value</source>
        <translation>不明なサブコマンド、誤ったオプションまたはオプションの値</translation>
    </message>
    <message>
        <source>no input, an unreadable file, invalid JSON, or a field that cannot be used</source>
        <translation>入力なし、読めないファイル、不正な JSON、または使えないフィールド</translation>
    </message>
    <message>
        <source>a CONBENCH_* variable is missing or invalid</source>
        <translation>CONBENCH_* 変数がないか不正</translation>
    </message>
    <message>
        <source>the server refused the request or the credentials</source>
        <translation>サーバーがリクエストまたは認証情報を拒否した</translation>
    </message>
    <message>
        <source>the run's state file is missing, exists already, disagrees with the input, or cannot be written</source>
        <translation>ランの状態ファイルがない、既にある、入力と矛盾する、または書き込めない</translation>
    </message>
    <message>
        <source>interrupted (Ctrl-C); nothing accepted was lost</source>
        <translation>中断 (Ctrl-C)。受け付けられたものは失われていない</translation>
    </message>
    <message>
        <source>Seconds to keep retrying one request (default 1800).</source>
        <translation>1 つのリクエストを再試行し続ける秒数 (既定値 1800)。</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust too.</source>
        <translation>追加で信頼する CA 証明書の PEM ファイル。</translation>
    </message>
    <message>
        <source>The outbox directory (default ~/.local/share/benchconnect/outbox).</source>
        <translation>送信トレイのディレクトリ (既定値 ~/.local/share/benchconnect/outbox)。</translation>
    </message>
    <message>
        <source>Requests under way at once while sending results (default 4).</source>
        <translation>結果の送信時に同時に処理するリクエストの数 (既定値 4)。</translation>
    </message>
    <message>
        <source>Usage: benchconnect SUBCOMMAND [options]</source>
        <translation>使い方: benchconnect SUBCOMMAND [オプション]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>サブコマンド:</translation>
    </message>
    <message>
        <source>Run "benchconnect SUBCOMMAND --help" for the options of each.</source>
        <translation>各サブコマンドのオプションは "benchconnect SUBCOMMAND --help" で表示できる。</translation>
    </message>
    <message>
        <source>Typical use in a CI job:</source>
        <translation>CI ジョブでの典型的な使い方:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>オプション:</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了する。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了する。</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>終了ステータス:</translation>
    </message>
    <message>
        <source>Fills in the defaults of results or runs (machine, commit, timestamps, ids) and prints them as NDJSON, one object per line, without talking to a server. The output can be piped to "post result" or "post run".</source>
        <translation>結果またはランの既定値 (マシン、コミット、タイムスタンプ、ID) を補完し、サーバーとは通信せずに NDJSON (1 行に 1 オブジェクト) として出力する。出力は "post result" や "post run" にパイプで渡せる。</translation>
    </message>
    <message>
        <source>Sends results or runs to the Conbench server exactly as they are given, without filling in defaults. Results go through the outbox, so none is lost when the server fails.</source>
        <translation>結果またはランを、既定値を補完せずにそのまま Conbench サーバーに送信する。結果は送信トレイを経由するため、サーバーが失敗しても失われない。</translation>
    </message>
    <message>
        <source>Updates runs on the Conbench server: the "id" of each run goes in the URL, its other fields (such as finished_timestamp) in the body.</source>
        <translation>Conbench サーバー上のランを更新する。各ランの "id" は URL に、その他のフィールド (finished_timestamp など) は本文に入る。</translation>
    </message>
    <message>
        <source>The run workflow: "start run" creates a run and writes the state file, "submit result" adds results to it, "finish run" ends it and removes the state file.</source>
        <translation>ランの流れ: "start run" がランを作成して状態ファイルを書き込み、"submit result" がランに結果を追加し、"finish run" がランを終了して状態ファイルを削除する。</translation>
    </message>
    <message>
        <source>Every result that "submit result" or "post result" accepts waits in the outbox until the server confirmed it. These subcommands show, send and remove what waits there.</source>
        <translation>"submit result" または "post result" が受け付けた結果は、サーバーが受領を確認するまで送信トレイで待機する。これらのサブコマンドは、そこで待機しているものを表示、送信、削除する。</translation>
    </message>
    <message>
        <source>Usage: benchconnect %1 SUBCOMMAND [options]</source>
        <translation>使い方: benchconnect %1 SUBCOMMAND [オプション]</translation>
    </message>
    <message>
        <source>Run "benchconnect %1 --help" for the input, options and examples of each (for example "benchconnect %2 --help"), and "benchconnect --help" for every subcommand, the environment and the exit status.</source>
        <translation>各サブコマンドの入力、オプション、例は "benchconnect %1 --help" で (例: "benchconnect %2 --help")、全サブコマンド、環境変数、終了ステータスは "benchconnect --help" で表示できる。</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1". The subcommands are: %2. See benchconnect --help.</source>
        <translation>不明なサブコマンド "%1" です。サブコマンドは %2 です。benchconnect --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown subcommand "%1 %2". "%1" takes one of: %3 (see benchconnect %1 --help).</source>
        <translation>不明なサブコマンド "%1 %2" です。"%1" に続けられるのは %3 のいずれかです (benchconnect %1 --help を参照)。</translation>
    </message>
    <message>
        <source>the server did not answer before the retry deadline, or what answered was not Conbench (at the first request or part-way)</source>
        <translation>再試行の期限までにサーバーが応答しなかった、または応答したのが Conbench ではなかった (最初のリクエストでも途中でも)</translation>
    </message>
    <message>
        <source>the outbox could not be written or read (disk full, permissions)</source>
        <translation>送信トレイに書き込めなかった、または読めなかった (ディスクフル、アクセス権)</translation>
    </message>
    <message>
        <source>Turns the output files of benchmark tools into Conbench results, with their defaults filled in, and prints them as NDJSON, without talking to a server. The formats: %1.</source>
        <translation>ベンチマークツールの出力ファイルを、既定値を補完した Conbench の結果に変換し、サーバーとは通信せずに NDJSON として出力する。形式: %1。</translation>
    </message>
    <message>
        <source>regressions found: compare --fail-on (or --compare) found what it names in the comparison</source>
        <translation>リグレッションを検出: compare --fail-on (または --compare) が指定した内容を比較結果に見つけた</translation>
    </message>
    <message>
        <source>Compares a run with its baseline run on the Conbench server and prints which benchmarks regressed; with --fail-on it fails a CI job on a regression (exit status 8).</source>
        <translation>Conbench サーバー上でランをベースラインのランと比較し、リグレッションが起きたベンチマークを出力する。--fail-on を指定すると、リグレッションがあれば CI ジョブを失敗させる (終了ステータス 8)。</translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop folders of result files (*.json) or single files here, or click to choose them</source>
        <translation>ここに結果ファイル (*.json) のフォルダーや個々のファイルをドロップするか、クリックして選択してください</translation>
    </message>
    <message>
        <source>Drop result folders or files here, or click to add</source>
        <translation>結果のフォルダーやファイルをここにドロップするか、クリックして追加します</translation>
    </message>
</context>
<context>
    <name>FinishRunCommand</name>
    <message>
        <source>Finish the started run and remove the state file.</source>
        <translation>開始したランを終了し、状態ファイルを削除する。</translation>
    </message>
    <message>
        <source>run update</source>
        <translation>ランの更新</translation>
    </message>
    <message>
        <source>The JSON names run "%1" but the run started here is "%2".</source>
        <translation>JSON はラン "%1" を指定していますが、ここで開始したランは "%2" です。</translation>
    </message>
    <message>
        <source>"finish run" takes only %1; the JSON holds "%2".</source>
        <translation>"finish run" が受け付けるのは %1 だけです。JSON には "%2" が含まれています。</translation>
    </message>
    <message>
        <source>error_type and error_info cannot be stored on it; the state file is removed.</source>
        <translation>ランに error_type と error_info を保存できません。状態ファイルは削除しました。</translation>
    </message>
    <message>
        <source>The state file is removed.</source>
        <translation>状態ファイルを削除しました。</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (the state file is kept; try again)</source>
        <translation>ランは終了していません: %1 (状態ファイルは残してあります。もう一度試してください)</translation>
    </message>
    <message>
        <source>The run was not finished: the server refused the update as it is: %1 (the state file is kept; correct what --json gives and run finish run again)</source>
        <translation>ランは完了していません。サーバーがこのままの更新を拒否しました: %1 (状態ファイルは残します。--json の内容を直して finish run をもう一度実行してください)</translation>
    </message>
    <message>
        <source>Marks the run started here as finished: sends finished_timestamp (now, unless given), and error_type, error_info and info when given, to PUT /api/runs/ID/ with the id from benchconnect-state.json, on the server the run was started on (another CONBENCH_URL is an error). The state file is removed once the server accepted it.

Without JSON input only finished_timestamp is sent. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). Servers since late 2023 keep runs implicitly: they answer 405, which is reported once, and the state file is removed all the same.</source>
        <translation>ここで開始したランを終了済みにする: finished_timestamp (指定がなければ現在時刻) と、指定があれば error_type、error_info、info を、benchconnect-state.json の ID を使って、ランを開始したサーバーの PUT /api/runs/ID/ に送る (別の CONBENCH_URL はエラー)。サーバーが受け付けた時点で状態ファイルを削除する。

JSON 入力がなければ finished_timestamp だけを送る。ほかに何も指定されず標準入力が端末でなければ、標準入力を読み込む。2 秒以内に何も届かない場合 (CI ランナーが開いたままにするパイプなど) は待たずに警告を出す ("-" を指定すると待つ)。2023 年後半以降のサーバーはランを暗黙的に管理し、405 を返す。これは 1 度だけ報告され、状態ファイルはその場合も削除する。</translation>
    </message>
    <message>
        <source>%1 (run %2 is finished; "benchconnect compare run %2" compares it)</source>
        <translation>%1 (ラン %2 は終了しています。"benchconnect compare run %2" で比較できます)</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <source>the watch journal cannot be written</source>
        <translation>監視記録に書き込めない</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <source>the server needs each result's github (its repository and commit): give it in the folder's run.json, which sends the folder again, or set CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT for the folders to come</source>
        <translation>サーバーは各結果の github (リポジトリとコミット) を必要とします: フォルダーの run.json に指定すると、そのフォルダーが再送されます。または、これからのフォルダーのために CONBENCH_PROJECT_REPOSITORY と CONBENCH_PROJECT_COMMIT を設定してください</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of its results would be refused by the server, as the first: %1</source>
        <translation>
            <numerusform>結果のうち %Ln 件がサーバーに拒否されます。最初のもの: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2: the run id "%3" it gives is not used: watch gives each folder's run an id of its own, kept in its journal so that a restart continues the same run (this one is %4)</source>
        <translation>%1: %2: 指定されたラン ID "%3" は使われません: watch は各フォルダーのランに独自の ID を付け、再起動しても同じランを続けられるよう監視記録に保持します (このランは %4)</translation>
    </message>
    <message>
        <source>%1: the commit "%2" is not a 40-character hexadecimal SHA: Conbench would file the run under a commit it does not know; give the full SHA (git rev-parse HEAD)</source>
        <translation>%1: コミット "%2" は 40 文字の 16 進 SHA ではありません: Conbench は実行を知らないコミットの下に置きます。完全な SHA を指定してください (git rev-parse HEAD)</translation>
    </message>
    <message>
        <source>%1: unknown key "%2": a Conbench server would refuse the run or drop the key (run.json gives reason, name, info, github, tags, hardware, or Conbench's other run fields)</source>
        <translation>%1: 不明なキー "%2": Conbench サーバーは実行を拒否するか、このキーを捨てます (run.json に書けるのは reason、name、info、github、tags、hardware、または Conbench のその他の実行フィールドです)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the folder holds no result files</source>
        <translation>フォルダーに結果ファイルがない</translation>
    </message>
    <message>
        <source>the server refused the run: %1</source>
        <translation>サーバーがランを拒否: %1</translation>
    </message>
    <message>
        <source>another process is sending its results</source>
        <translation>別のプロセスがその結果を送信中</translation>
    </message>
    <message>
        <source>the server could not be reached</source>
        <translation>サーバーに到達できなかった</translation>
    </message>
    <message>
        <source>the server refused to finish the run: %1</source>
        <translation>サーバーがランの終了を拒否: %1</translation>
    </message>
    <message>
        <source>refused by the server: %1</source>
        <translation>サーバーが拒否: %1</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: ディレクトリではありません。計測マシンが結果を書き込むフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent; sending it again as a new run (--resend-changed).</source>
        <translation>%1: 送信後にファイルが変更されたため、新しいランとして再送信します (--resend-changed)。</translation>
    </message>
    <message>
        <source>%1: its files changed after it was sent as run %2; it is not sent again (give --resend-changed to send it as a new run).</source>
        <translation>%1: ラン %2 として送信した後にファイルが変更されました。再送信はしません (新しいランとして送信するには --resend-changed を指定)。</translation>
    </message>
    <message>
        <source>%1: it holds the same files as %2 (renamed or moved?), which was sent as run %3; it is not sent again.</source>
        <translation>%1: %2 (名前の変更または移動?) と同じファイルを含み、ラン %3 として送信済みです。再送信はしません。</translation>
    </message>
    <message>
        <source>the same files as %1, sent as run %2; not sent again</source>
        <translation>%1 と同じファイル (ラン %2 として送信済み)。再送信はしません</translation>
    </message>
    <message>
        <source>%1: its files changed since it failed (nothing of it was sent); it is tried again.</source>
        <translation>%1: 失敗した後にファイルが変更されました (何も送信されていません)。もう一度試します。</translation>
    </message>
    <message>
        <source>the folder was removed before its results were read</source>
        <translation>結果を読み込む前にフォルダーが削除された</translation>
    </message>
    <message>
        <source>%1: not sent now (%2); it waits and is sent when the server can be reached.</source>
        <translation>%1: 今は送信しません (%2)。待機し、サーバーに到達できるようになったら送信します。</translation>
    </message>
    <message>
        <source>%1: %2; stopping.</source>
        <translation>%1: %2。停止します。</translation>
    </message>
    <message>
        <source>it was copied there, but could not be removed from here</source>
        <translation>コピーはしましたが、元の場所から削除できませんでした</translation>
    </message>
    <message>
        <source>a folder of that name is there already</source>
        <translation>同じ名前のフォルダーが既にあります</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>%1: sent, but it could not be moved to %2 (%3); it stays where it is.</source>
        <translation>%1: 送信しましたが、%2 に移動できませんでした (%3)。元の場所に残します。</translation>
    </message>
</context>
<context>
    <name>GbenchAdapter</name>
    <message>
        <source>not Google Benchmark JSON: it has no "context" object and "benchmarks" list</source>
        <translation>Google Benchmark の JSON ではありません: "context" オブジェクトと "benchmarks" リストがありません</translation>
    </message>
    <message>
        <source>benchmark row %1: %2</source>
        <translation>ベンチマーク行 %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown time_unit "%2"</source>
        <translation>%1: 不明な time_unit "%2"</translation>
    </message>
    <message numerus="yes">
        <source>%Ln aggregate rows (mean, median, stddev, cv, BigO, RMS) are not results; the repetitions they summarise are.</source>
        <translation>
            <numerusform>集計行 %Ln 件 (mean、median、stddev、cv、BigO、RMS) は結果として扱いません。結果になるのは、それらが要約する各反復です。</numerusform>
        </translation>
    </message>
    <message>
        <source>The counters %1 have no Conbench unit; they are kept in info.</source>
        <translation>カウンター %1 には対応する Conbench の単位がありません。info に保持します。</translation>
    </message>
    <message>
        <source>Google Benchmark JSON (--benchmark_format=json)</source>
        <translation>Google Benchmark の JSON (--benchmark_format=json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks have aggregate rows but no repetitions in the file (written with --benchmark_report_aggregates_only): their mean stands for the data, with the median and standard deviation beside it.</source>
        <translation>
            <numerusform>%Ln 件のベンチマークはファイルに集計行だけがあり、繰り返しがありません (--benchmark_report_aggregates_only で書かれたもの)。平均をデータとし、中央値と標準偏差を添えます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GitCheckout</name>
    <message>
        <source>git is not installed (not found in PATH); the checkout in %1 is not read.</source>
        <translation>git がインストールされていません (PATH に見つかりません)。%1 のチェックアウトは読み込みません。</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 はディレクトリではありません。</translation>
    </message>
    <message>
        <source>git (%1) could not be started.</source>
        <translation>git (%1) を起動できませんでした。</translation>
    </message>
    <message>
        <source>git did not answer within %L1 s in %2; the checkout is not read.</source>
        <translation>%2 で git が %L1 s 以内に応答しませんでした。チェックアウトは読み込みません。</translation>
    </message>
    <message>
        <source>%1 is not in a git checkout.</source>
        <translation>%1 は git チェックアウト内にありません。</translation>
    </message>
    <message>
        <source>git could not read the checkout in %1: %2</source>
        <translation>git が %1 のチェックアウトを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>the git checkout in %1</source>
        <translation>%1 の git チェックアウト</translation>
    </message>
    <message>
        <source>HEAD (git status)</source>
        <translation>HEAD (git status)</translation>
    </message>
    <message>
        <source>the branch checked out (git status)</source>
        <translation>チェックアウトされたブランチ (git status)</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no commit yet.</source>
        <translation>%1 の git チェックアウトにはまだコミットがありません。</translation>
    </message>
    <message>
        <source>the origin remote (git remote get-url origin)</source>
        <translation>origin リモート (git remote get-url origin)</translation>
    </message>
    <message>
        <source>origin/HEAD (git symbolic-ref)</source>
        <translation>origin/HEAD (git symbolic-ref)</translation>
    </message>
    <message>
        <source>git did not name the origin remote within %L1 s.</source>
        <translation>git が %L1 s 以内に origin リモートを示しませんでした。</translation>
    </message>
    <message>
        <source>The git checkout in %1 has no origin remote.</source>
        <translation>%1 の git チェックアウトには origin リモートがありません。</translation>
    </message>
</context>
<context>
    <name>GitProbe</name>
    <message>
        <source>git could not be started (%1); is it installed?</source>
        <translation>git を起動できませんでした (%1)。インストールされていますか？</translation>
    </message>
    <message>
        <source>%1 is not a git checkout with a commit: %2</source>
        <translation>%1 はコミットのある git チェックアウトではありません: %2</translation>
    </message>
</context>
<context>
    <name>GoAdapter</name>
    <message>
        <source>line %1: not valid JSON (%2)</source>
        <translation>%1 行目: 不正な JSON (%2)</translation>
    </message>
    <message>
        <source>not go test -json output: it has no output events</source>
        <translation>go test -json の出力ではありません: output イベントがありません</translation>
    </message>
    <message>
        <source>the benchmark failed</source>
        <translation>ベンチマークが失敗しました</translation>
    </message>
    <message>
        <source>Skipped, so not results: %1.</source>
        <translation>スキップされたため結果になりません: %1。</translation>
    </message>
    <message>
        <source>The metrics %1 have no Conbench unit; they are kept in info.</source>
        <translation>メトリクス %1 には Conbench の単位がありません。info に保持します。</translation>
    </message>
    <message>
        <source>not go test -bench output: it has no benchmark lines</source>
        <translation>go test -bench の出力ではありません: ベンチマークの行がありません</translation>
    </message>
    <message>
        <source>Go benchmarks (go test -bench, text or -json)</source>
        <translation>Go のベンチマーク (go test -bench、テキストまたは -json)</translation>
    </message>
    <message>
        <source>line %1 starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%2&quot;</source>
        <translation>%1 行目はベンチマークの結果のように始まりますが、読み取れないため除外します: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>this line starts like a benchmark&apos;s result but cannot be read, so it is left out: &quot;%1&quot;</source>
        <translation>この行はベンチマークの結果のように始まりますが、読み取れないため除外します: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>HyperfineAdapter</name>
    <message>
        <source>not hyperfine JSON: it has no "results" list</source>
        <translation>hyperfine の JSON ではありません: "results" リストがありません</translation>
    </message>
    <message>
        <source>result %1: %2</source>
        <translation>結果 %1: %2</translation>
    </message>
    <message>
        <source>the command exited with a non-zero status in %L1 of %L2 runs</source>
        <translation>%L2 回の実行のうち %L1 回で、コマンドが 0 以外のステータスで終了しました</translation>
    </message>
    <message>
        <source>%1: no run times</source>
        <translation>%1: 実行時間がありません</translation>
    </message>
    <message>
        <source>hyperfine JSON (--export-json)</source>
        <translation>hyperfine の JSON (--export-json)</translation>
    </message>
</context>
<context>
    <name>InputLoader</name>
    <message>
        <source>at offset %1 (line %2, column %3)</source>
        <translation>オフセット %1 (%2 行 %3 列)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1 の %2 行目</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>expected one JSON object, found an array (use NDJSON, one object per line, or a directory of files for several)</source>
        <translation>1 つの JSON オブジェクトが必要ですが、配列でした。複数渡すには NDJSON (1 行に 1 オブジェクト) かファイルのディレクトリを使ってください</translation>
    </message>
    <message>
        <source>expected one JSON object</source>
        <translation>1 つの JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>expected one JSON object ({…}), found a JSON value that is not one</source>
        <translation>JSON オブジェクト ({…}) を想定していましたが、オブジェクトではない JSON 値がありました</translation>
    </message>
    <message>
        <source>%1: no such file or directory</source>
        <translation>%1: そのようなファイルやディレクトリはありません</translation>
    </message>
    <message>
        <source>%1: cannot read the directory</source>
        <translation>%1: ディレクトリを読めません</translation>
    </message>
    <message>
        <source>%1: cannot read the file</source>
        <translation>%1: ファイルを読めません</translation>
    </message>
    <message>
        <source>%1: the directory holds no *.json files</source>
        <translation>%1: ディレクトリに *.json ファイルがありません</translation>
    </message>
    <message>
        <source>--path was given an empty value.</source>
        <translation>--path に空の値が指定されました。</translation>
    </message>
    <message>
        <source>Several inputs were given; using --json and ignoring %1.</source>
        <translation>複数の入力が指定されました。--json を使い、%1 は無視します。</translation>
    </message>
    <message>
        <source>the NDJSON argument and --path</source>
        <translation>NDJSON 引数と --path</translation>
    </message>
    <message>
        <source>the NDJSON argument</source>
        <translation>NDJSON 引数</translation>
    </message>
    <message>
        <source>--path</source>
        <translation>--path</translation>
    </message>
    <message>
        <source>Several inputs were given; using the NDJSON argument and ignoring --path.</source>
        <translation>複数の入力が指定されました。NDJSON 引数を使い、--path は無視します。</translation>
    </message>
    <message>
        <source>%1 is read as NDJSON text, but it names a file or folder: give it with --path %1.</source>
        <translation>%1 は NDJSON テキストとして読まれますが、ファイルまたはフォルダーの名前です。--path %1 で指定してください。</translation>
    </message>
    <message>
        <source>Standard input is not available.</source>
        <translation>標準入力を使えません。</translation>
    </message>
    <message>
        <source>No input: give --json '{...}', --path FILE_OR_DIRECTORY, NDJSON as an argument, or pipe NDJSON to standard input.</source>
        <translation>入力がありません。--json '{...}'、--path FILE_OR_DIRECTORY、引数としての NDJSON のいずれかを指定するか、標準入力に NDJSON をパイプで渡してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 is longer than the %2 that one input object may take</source>
        <translation>%1 は、1 つの入力オブジェクトの上限 %2 より長くなっています</translation>
    </message>
    <message>
        <source>%1 is %2, more than the %3 that one input object may take</source>
        <translation>%1 は %2 で、1 つの入力オブジェクトの上限 %3 を超えています</translation>
    </message>
    <message>
        <source>%1: the number %2 is out of range (a number must fit a double: at most about 1.8e308 in size, and 0 or at least about 2.2e-308)</source>
        <translation>%1: 数値 %2 が範囲外です (数値は double に収まる必要があります: 絶対値が約 1.8e308 以下で、0 または約 2.2e-308 以上)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid JSON %1</source>
        <translation>%1 で不正な JSON</translation>
    </message>
    <message>
        <source>%1: a symbolic link loop; nothing can be read through it</source>
        <translation>%1: シンボリックリンクがループしています。このリンクからは何も読めません</translation>
    </message>
    <message>
        <source>%1: a dangling symbolic link (its target %2 does not exist)</source>
        <translation>%1: リンク切れのシンボリックリンクです (リンク先 %2 が存在しません)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: 読めません: %2</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (名前付きパイプ)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; give a file or a directory of files (NDJSON can be piped to standard input)</source>
        <translation>%1 は %2 であり、通常のファイルではありません。ファイルかファイルのディレクトリを指定してください (NDJSON は標準入力にパイプで渡せます)</translation>
    </message>
    <message>
        <source>%1 is a directory; only the *.json files directly in %2 are read (not sub-directories)</source>
        <translation>%1 はディレクトリです。%2 の直下にある *.json ファイルだけを読みます (サブディレクトリは読みません)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln *.json files, more than %L2; each is read on its own, which takes a while. Is it the right folder?</source>
        <translation>
            <numerusform>%1 には *.json ファイルが %Ln 個あり、%L2 個を超えています。1 つずつ読み込むため時間がかかります。正しいフォルダーですか?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not a regular file.</source>
        <translation>%1: 通常のファイルではありません。</translation>
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
        <translation>見つかったすべての結果。選択すると送信される JSON を表示します</translation>
    </message>
    <message>
        <source>Select a result to see the JSON that will be sent.</source>
        <translation>結果を選択すると、送信される JSON が表示されます。</translation>
    </message>
    <message>
        <source>What happened appears here.</source>
        <translation>ここに処理の経過が表示されます。</translation>
    </message>
    <message>
        <source>&amp;JSON to send</source>
        <translation>送信する JSON(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>Results read: %L1.</source>
        <translation>読み込んだ結果: %L1 件。</translation>
    </message>
    <message>
        <source>Results found: %L1.</source>
        <translation>見つかった結果: %L1 件。</translation>
    </message>
    <message numerus="yes">
        <source>Results found: %L1. %Ln warnings: something the files held could not be read and was left out; see the Log.</source>
        <translation>
            <numerusform>見つかった結果: %L1。警告 %Ln 件: ファイルの内容の一部を読み込めず、除外しました。ログを参照してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Compose the run, drop result folders, then submit.</source>
        <translation>ランを設定し、結果のフォルダーをドロップしてから送信してください。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Remove every result from the list</source>
        <translation>一覧からすべての結果を削除します</translation>
    </message>
    <message>
        <source>&amp;Submit run</source>
        <translation>ランを送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as co&amp;mmand line</source>
        <translation>コマンドラインとしてコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>送信トレイ(&amp;O)…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not added again.</source>
        <translation>%1 はすでに一覧にあります。再度は追加しません。</translation>
    </message>
    <message>
        <source>%1 is in the list already; it is not read again with the folder %2.</source>
        <translation>%1 は既に一覧にあります。フォルダー %2 と一緒に再度読み込むことはしません。</translation>
    </message>
    <message>
        <source>Unknown option "%1". benchconnect-gui takes files and folders of results to add to the window ("--" before a path that begins with "-"), or a subcommand; see "benchconnect-gui --help".</source>
        <translation>不明なオプション「%1」。benchconnect-gui は、ウィンドウに追加する結果のファイルやフォルダー (「-」で始まるパスの前には「--」)、またはサブコマンドを受け付けます。「benchconnect-gui --help」を参照してください。</translation>
    </message>
    <message>
        <source>There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start benchconnect-gui in a desktop session, or give it a subcommand to run without a window ("benchconnect-gui --help" lists them).</source>
        <translation>ウィンドウを開くディスプレイがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。デスクトップセッションで benchconnect-gui を起動するか、ウィンドウなしで実行するサブコマンドを指定してください（「benchconnect-gui --help」で一覧を表示します）。</translation>
    </message>
    <message>
        <source>An empty path was given on the command line; nothing was added for it.</source>
        <translation>コマンドラインで空のパスが指定されました。これについては何も追加していません。</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: そのようなファイルやフォルダーはありません</translation>
    </message>
    <message>
        <source>%1 (given on the command line); nothing was added for it.</source>
        <translation>%1 (コマンドラインで指定); これについては何も追加していません。</translation>
    </message>
    <message>
        <source>Reading results…</source>
        <translation>結果を読み込み中…</translation>
    </message>
    <message>
        <source>Add results</source>
        <translation>結果を追加</translation>
    </message>
    <message>
        <source>Benchmark results (*.json);;All files (*)</source>
        <translation>ベンチマーク結果 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1

This file cannot be read: %2</source>
        <translation>%1

このファイルは読み込めません: %2</translation>
    </message>
    <message>
        <source>This result cannot be sent with the run as composed: %1

As read from %2:
%3</source>
        <translation>この結果は、設定したランでは送信できません: %1

%2 から読み込んだ内容:
%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>The run cannot be sent: %1</source>
        <translation>ランを送信できません: %1</translation>
    </message>
    <message>
        <source>There is no valid result to send.</source>
        <translation>送信できる有効な結果がありません。</translation>
    </message>
    <message>
        <source>Creating the run…</source>
        <translation>ランを作成中…</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v / %m 件送信済み</translation>
    </message>
    <message>
        <source>%L1 of %L2 done, %L3 failed</source>
        <translation>%L2 件中 %L1 件完了、%L3 件失敗</translation>
    </message>
    <message>
        <source>%L1 of %L2 sent</source>
        <translation>%L2 件中 %L1 件送信済み</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>未送信</translation>
    </message>
    <message>
        <source>&lt;a href="%1"&gt;Open run %2 on %3&lt;/a&gt;</source>
        <translation>&lt;a href="%1"&gt;%3 でラン %2 を開く&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Submitting results: %L1…</source>
        <translation>結果を送信中: %L1…</translation>
    </message>
    <message>
        <source>Copied to the clipboard:
%1</source>
        <translation>クリップボードにコピーしました:
%1</translation>
    </message>
    <message>
        <source>The benchconnect commands are on the clipboard.</source>
        <translation>benchconnect コマンドをクリップボードにコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln files from %1…</source>
        <translation>
            <numerusform>%1 から %Ln 個のファイルを読み込み中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results from an earlier session wait in the outbox; the button on the right sends them.</source>
        <translation>
            <numerusform>以前のセッションの結果 %Ln 件が送信トレイで待機しています。右のボタンで送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add result files (*.json, NDJSON)</source>
        <translation>結果ファイル (*.json、NDJSON) を追加します</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a folder of result files (its *.json files)</source>
        <translation>結果ファイルのフォルダー (その中の *.json ファイル) を追加します</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>ウィンドウを閉じます</translation>
    </message>
    <message>
        <source>Create the run, send its valid results, and finish it</source>
        <translation>ランを作成し、有効な結果を送信して、ランを終了します</translation>
    </message>
    <message>
        <source>Submit is not possible: %1</source>
        <translation>送信できません: %1</translation>
    </message>
    <message>
        <source>Stop loading, sending or testing; again to abandon the requests on the wire. What was not confirmed stays in the outbox</source>
        <translation>読み込み、送信、テストを中止します。もう一度押すと送信中のリクエストを放棄します。受領が確認されていないものは送信トレイに残ります</translation>
    </message>
    <message>
        <source>Copy the benchconnect commands that do the same from a shell</source>
        <translation>シェルから同じ処理を行う benchconnect コマンドをコピーします</translation>
    </message>
    <message>
        <source>C&amp;lear results</source>
        <translation>結果をクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Show the results waiting in the outbox, send them again or drop them</source>
        <translation>送信トレイで待機中の結果を表示し、再送信または破棄します</translation>
    </message>
    <message>
        <source>&amp;Send waiting results</source>
        <translation>待機中の結果を送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send what waits in the outbox to the server set in the window</source>
        <translation>送信トレイで待機しているものを、ウィンドウで設定したサーバーに送信します</translation>
    </message>
    <message>
        <source>benchconnect &amp;help</source>
        <translation>benchconnect ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open the README (the user guide) in the web browser</source>
        <translation>README (ユーザーガイド) を Web ブラウザーで開きます</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts of the window</source>
        <translation>ウィンドウのキーボードショートカットを一覧表示します</translation>
    </message>
    <message>
        <source>&amp;About benchconnect</source>
        <translation>benchconnect について(&amp;A)</translation>
    </message>
    <message>
        <source>The version of benchconnect and of Qt</source>
        <translation>benchconnect と Qt のバージョン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>ラン(&amp;R)</translation>
    </message>
    <message>
        <source>Outbo&amp;x</source>
        <translation>送信トレイ(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Opened the user guide: %1</source>
        <translation>ユーザーガイドを開きました: %1</translation>
    </message>
    <message>
        <source>The user guide (README.md) is not installed; "benchconnect --help" describes the commands.</source>
        <translation>ユーザーガイド (README.md) はインストールされていません。コマンドの説明は "benchconnect --help" で表示できます。</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt and the underlined letter reaches each field; Tab goes from field to field.&lt;/p&gt;</source>
        <translation>&lt;table&gt;%1&lt;/table&gt;&lt;p&gt;Alt と下線付きの文字で各フィールドに移動できます。Tab でフィールド間を移動します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About benchconnect</source>
        <translation>benchconnect について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sends benchmark results to a Conbench server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;benchconnect %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ベンチマーク結果を Conbench サーバーに送信します。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド、Qt %3 で実行中。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Outbox (%Ln)…</source>
        <translation>
            <numerusform>送信トレイ (%Ln)(&amp;O)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the %Ln waiting…</source>
        <translation>
            <numerusform>待機中の %Ln 件を送信…</numerusform>
        </translation>
    </message>
    <message>
        <source>Results from earlier submissions wait in the outbox; click to send them to the server set in the window</source>
        <translation>以前の送信の結果が送信トレイで待機しています。クリックすると、ウィンドウで設定したサーバーに送信します</translation>
    </message>
    <message>
        <source>sent from the outbox</source>
        <translation>送信トレイから送信済み</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>送信中ですが終了しますか？</translation>
    </message>
    <message>
        <source>refused by the server (kept apart in the outbox): %1</source>
        <translation>サーバーが拒否しました (送信トレイに別に保管): %1</translation>
    </message>
    <message>
        <source>The outbox is being sent; what was not confirmed stays in the outbox if you quit, and Outbox… sends it later.</source>
        <translation>送信トレイを送信中です。終了しても確認されていないものは送信トレイに残り、後で「送信トレイ…」から送信できます。</translation>
    </message>
    <message>
        <source>The run is still being sent, and none of its results is in the outbox: if you quit, nothing of it is kept.</source>
        <translation>ランをまだ送信中ですが、その結果は送信トレイにありません。終了すると、このランは何も残りません。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results are still being sent; they stay in the outbox if you quit, and Outbox… sends them later.</source>
        <translation>
            <numerusform>%Ln 件の結果をまだ送信中です。終了しても結果は送信トレイに残り、後で「送信トレイ…」から送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The run is still being sent; what was not confirmed stays in the outbox if you quit.</source>
        <translation>ランをまだ送信中です。終了しても、受領が確認されていないものは送信トレイに残ります。</translation>
    </message>
    <message>
        <source>&amp;Keep sending</source>
        <translation>送信を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Add a folder of results</source>
        <translation>結果のフォルダーを追加</translation>
    </message>
    <message>
        <source>Results: %L1</source>
        <translation>結果: %L1</translation>
    </message>
    <message>
        <source>%L1 valid</source>
        <translation>有効 %L1</translation>
    </message>
    <message>
        <source>%L1 invalid</source>
        <translation>無効 %L1</translation>
    </message>
    <message>
        <source>%L1 sending</source>
        <translation>送信中 %L1</translation>
    </message>
    <message>
        <source>%L1 sent</source>
        <translation>送信済み %L1</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>失敗 %L1</translation>
    </message>
    <message>
        <source>%L1 in the outbox</source>
        <translation>送信トレイ内 %L1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln sent</source>
        <translation>
            <numerusform>キャンセルしました: %Ln 件送信済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln sent</source>
        <translation>
            <numerusform>完了: %Ln 件送信済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not all sent: %Ln sent</source>
        <translation>
            <numerusform>一部未送信: %Ln 件送信済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln in the outbox</source>
        <translation>
            <numerusform>、送信トレイ内 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>; details in the Log.</source>
        <translation>。詳細は「ログ」を参照してください。</translation>
    </message>
    <message>
        <source>Sending to the server profile "%1".</source>
        <translation>サーバープロファイル "%1" に送信します。</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Server profiles and the language</source>
        <translation>サーバープロファイルと言語</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Preferences saved; server profiles: %1.</source>
        <translation>設定を保存しました。サーバープロファイル: %1。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>&amp;Watch folder…</source>
        <translation>フォルダーを監視(&amp;W)…</translation>
    </message>
    <message>
        <source>Send each finished subfolder of a results folder as one run, unattended</source>
        <translation>結果フォルダー内の完成した各サブフォルダーを、1 つのランとして自動で送信します</translation>
    </message>
    <message>
        <source>Filter the results: benchmark, unit, format, file or status</source>
        <translation>結果を絞り込む: ベンチマーク、単位、形式、ファイル、状態</translation>
    </message>
    <message>
        <source>Shows only the results whose benchmark, unit, format, file or status contains this text. Submitting sends every result, shown or not.</source>
        <translation>ベンチマーク、単位、形式、ファイル、状態のいずれかにこの文字列を含む結果だけを表示します。送信では、表示の有無にかかわらずすべての結果を送ります。</translation>
    </message>
    <message>
        <source>&amp;Filter results</source>
        <translation>結果を絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Type a part of a benchmark, unit, format, file or status to show only those results</source>
        <translation>ベンチマーク、単位、形式、ファイル、状態の一部を入力すると、その結果だけを表示します</translation>
    </message>
    <message>
        <source>%L1 shown</source>
        <translation>%L1 件を表示中</translation>
    </message>
    <message>
        <source>Submission cancelled before it started; nothing was sent.</source>
        <translation>送信は開始前にキャンセルしました。何も送信していません。</translation>
    </message>
    <message>
        <source>Checking the results against the run before sending them…</source>
        <translation>送信する前に結果をランと照合しています…</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>outbox %1 #%2</source>
        <translation>送信トレイ %1 #%2</translation>
    </message>
    <message>
        <source>%1: cannot create the outbox directory: %2</source>
        <translation>%1: 送信トレイのディレクトリを作成できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write to the outbox: %2</source>
        <translation>%1: 送信トレイに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot move the batch into the outbox.</source>
        <translation>%1: バッチを送信トレイに移動できません。</translation>
    </message>
    <message>
        <source>Interrupted: nothing more is written to the outbox.</source>
        <translation>中断されたため、送信トレイにはこれ以上何も書き込みません。</translation>
    </message>
    <message>
        <source>%1: cannot read the outbox directory.</source>
        <translation>%1: 送信トレイのディレクトリを読めません。</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>送信トレイにバッチ "%1" はありません (benchconnect outbox list を参照)。</translation>
    </message>
    <message>
        <source>%1: cannot read the batch: %2</source>
        <translation>%1: バッチを読めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot record what the server did with a result: %2</source>
        <translation>%1: サーバーが結果をどう扱ったかを記録できません: %2</translation>
    </message>
    <message>
        <source>%1: not a directory; cannot keep the outbox there.</source>
        <translation>%1: ディレクトリではありません。そこに送信トレイを置けません。</translation>
    </message>
    <message>
        <source>%1: the outbox directory is readable by others than its owner; the results in it are too (chmod 700 makes it private).</source>
        <translation>%1: 送信トレイのディレクトリを所有者以外も読めます。中の結果も同様です (chmod 700 で非公開にできます)。</translation>
    </message>
    <message>
        <source>%1: the outbox directory is not writable by its owner; no results can be kept in it.</source>
        <translation>%1: 送信トレイのディレクトリに所有者が書き込めません。結果を保持できません。</translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation>ロックできません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読めません: %1</translation>
    </message>
    <message>
        <source>an empty file: it holds no results</source>
        <translation>空のファイル: 結果を含んでいません</translation>
    </message>
    <message>
        <source>its header (first line) cannot be read, so the server its results were for is unknown</source>
        <translation>ヘッダー (1 行目) を読めないため、結果の送信先サーバーが不明です</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lines cannot be read and are not sent</source>
        <translation>
            <numerusform>%Ln 行を読めないため送信しません</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cut short: %Ln results of the %1 it was written with are missing</source>
        <translation>
            <numerusform>途中で切れています: 書き込まれた %1 件の結果のうち %Ln 件がありません</numerusform>
        </translation>
    </message>
    <message>
        <source>unfinished: the submission that wrote it stopped before it began sending; none of it was sent</source>
        <translation>未完了: 書き込んだ送信処理が送信開始前に停止しました。何も送信されていません</translation>
    </message>
    <message>
        <source>the journal of a batch that is gone; it holds no results</source>
        <translation>既に存在しないバッチのジャーナル。結果を含んでいません</translation>
    </message>
    <message>
        <source>not a file of the outbox; left alone</source>
        <translation>送信トレイのファイルではありません。そのままにします</translation>
    </message>
    <message>
        <source>Batch %1 is being sent or written by another process; not dropped.</source>
        <translation>バッチ %1 は別のプロセスが送信中または書き込み中です。破棄しませんでした。</translation>
    </message>
    <message>
        <source>%1: cannot remove the batch.</source>
        <translation>%1: バッチを削除できません。</translation>
    </message>
    <message>
        <source>%1: cannot remove the file.</source>
        <translation>%1: ファイルを削除できません。</translation>
    </message>
    <message>
        <source>%1 is not a file of the outbox; left alone (remove it yourself if it is not needed).</source>
        <translation>%1 は送信トレイのファイルではありません。そのままにします (不要なら手動で削除してください)。</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not changed.</source>
        <translation>バッチ %1 は別のプロセスが送信中です。変更しませんでした。</translation>
    </message>
    <message>
        <source>Batch %1 holds no results; there is nothing to send (benchconnect outbox drop %1 removes it).</source>
        <translation>バッチ %1 には結果がありません。送信するものはありません (benchconnect outbox drop %1 で削除できます)。</translation>
    </message>
    <message>
        <source>"%1" is not a run id.</source>
        <translation>"%1" はラン ID ではありません。</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; not dropped.</source>
        <translation>バッチ %1 は別のプロセスが送信中です。破棄しませんでした。</translation>
    </message>
</context>
<context>
    <name>OutboxCommand</name>
    <message>
        <source>Every result that "submit result" or "post result" accepts is written to the outbox before it is sent, with the file or NDJSON line it came from, and leaves it only when the server confirmed it. What a failed, interrupted or killed submission did not deliver stays there. A result the server refused as it is (400 Bad Request: an unknown unit, a missing field) is kept apart as refused: "outbox retry" does not send it again, "outbox list" shows the server's reason, "outbox drop" removes it. Every file in the outbox directory is accounted for: a damaged batch is listed with what can still be read from it, and "outbox drop" removes it.</source>
        <translation>"submit result" または "post result" が受け付けた結果は、送信前に、取得元のファイルまたは NDJSON 行の情報とともに送信トレイに書き込まれ、サーバーが受領を確認したときにだけそこから消える。失敗、中断、強制終了された送信で届かなかったものはそこに残る。サーバーがそのままでは受け付けずに拒否した結果 (400 Bad Request: 不明な単位、フィールドの欠落など) は、拒否済みとして別に保持される: "outbox retry" は再送信せず、"outbox list" はサーバーが示した理由を表示し、"outbox drop" は削除する。送信トレイのディレクトリ内のファイルはすべて把握される: 破損したバッチはまだ読める内容とともに一覧表示され、"outbox drop" で削除できる。</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信トレイ</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最後の問題</translation>
    </message>
    <message>
        <source>Remove the selected batches without sending them</source>
        <translation>選択したバッチを送信せずに削除します</translation>
    </message>
    <message>
        <source>Results wait here until the server confirmed them: &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>結果はサーバーが受領を確認するまでここで待機します: &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>being sent now</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>送信トレイは空です。</translation>
    </message>
    <message>
        <source>Set the server in the window first: %1</source>
        <translation>先にウィンドウでサーバーを設定してください: %1</translation>
    </message>
    <message>
        <source>Nothing waits for %1.</source>
        <translation>%1 宛てに待機中のものはありません。</translation>
    </message>
    <message>
        <source>Another process is sending the results that wait for %1 now; they stay in the outbox until the server has confirmed them.</source>
        <translation>%1 宛てに待機中の結果は別のプロセスが送信中です。サーバーが確認するまで送信トレイに残ります。</translation>
    </message>
    <message>
        <source>Reading what %1 holds already…</source>
        <translation>%1 に既にあるものを読み込み中…</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>サーバーが保持しているものが分からないまま送信すると結果を二重に保存するおそれがあるため、何も送信しませんでした: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Drop from the outbox</source>
        <translation>送信トレイから破棄</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否済み</translation>
    </message>
    <message>
        <source>Send the waiting results of the selected batches (all of them when none is selected) to the server set in the window; results the server holds already are not sent again</source>
        <translation>選択したバッチ (選択がなければすべて) の待機中の結果を、ウィンドウで設定したサーバーに送信します。サーバーに既にある結果は再送信しません</translation>
    </message>
    <message>
        <source>unknown (damaged header)</source>
        <translation>不明 (ヘッダーが破損)</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L2 中 %L1</translation>
    </message>
    <message>
        <source>unfinished: written by a submission that stopped before sending; Drop removes it</source>
        <translation>未完了: 送信前に停止した送信処理が書き込んだものです。「破棄」で削除します</translation>
    </message>
    <message>
        <source>leftover file: %1</source>
        <translation>残留ファイル: %1</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否済み: %1</translation>
    </message>
    <message>
        <source>Results waiting: %L1, in batches: %L2.</source>
        <translation>待機中の結果: %L1、バッチ数: %L2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart and not sent again; correct and submit them again, then drop their batches.</source>
        <translation>
            <numerusform>サーバーが拒否した %Ln 件の結果は別に保持され、再送信されません。修正して送信し直してから、そのバッチを破棄してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown server (damaged header)</source>
        <translation>不明なサーバー (ヘッダーが破損)</translation>
    </message>
    <message>
        <source>Nothing waits for %1. Results wait for %2: select their batches and press Retry to send them to %1.</source>
        <translation>%1 宛てに待機しているものはありません。%2 宛ての結果が待機しています: そのバッチを選択して「再試行」を押すと %1 に送信します。</translation>
    </message>
    <message>
        <source>Send to another server</source>
        <translation>別のサーバーに送信</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected batches were made for %1. Send them to %2 instead? They are then recorded as being for %2; what %2 holds already is looked up first and not sent again.</source>
        <translation>
            <numerusform>選択したバッチのうち %Ln 個は %1 宛てに作成されました。代わりに %2 に送信しますか? その後は %2 宛てとして記録されます。%2 に既にあるものは先に確認し、再送信しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (何も送信されていません)</translation>
    </message>
    <message>
        <source>Sent: %L1, failed: %L2.</source>
        <translation>送信済み: %L1、失敗: %L2。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>そのうち %Ln 件は既に保存されていたため、再送信しませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln batches without sending them? Their results are lost for good.</source>
        <translation>
            <numerusform>%Ln 個のバッチを送信せずに削除しますか? 含まれる結果は完全に失われます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>ラン %1 を終了しました: 結果はすべて送達されました。</translation>
    </message>
</context>
<context>
    <name>OutboxDropCommand</name>
    <message>
        <source>Remove batches from the outbox without sending them.</source>
        <translation>送信トレイからバッチを送信せずに削除する。</translation>
    </message>
    <message>
        <source>The batches to remove, as "outbox list" names them.</source>
        <translation>削除するバッチ ("outbox list" が表示する名前)。</translation>
    </message>
    <message>
        <source>Remove every batch.</source>
        <translation>すべてのバッチを削除する。</translation>
    </message>
    <message>
        <source>Name the batches to drop (see benchconnect outbox list), or give --all.</source>
        <translation>破棄するバッチを指定するか (benchconnect outbox list を参照)、--all を指定してください。</translation>
    </message>
    <message>
        <source>Nothing was dropped.</source>
        <translation>何も削除していません。</translation>
    </message>
    <message>
        <source>--all drops every batch: name no batches with it.</source>
        <translation>--all はすべてのバッチを削除します。一緒にバッチを指定しないでください。</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>送信トレイにバッチ "%1" はありません (benchconnect outbox list を参照)。</translation>
    </message>
    <message>
        <source>Removes the named batches (see "outbox list"), or with --all every batch, from the outbox without sending them: waiting, refused and damaged ones alike, batches a killed submission left unfinished, and journals left without their batch. Their results are lost for good. Files that are not the outbox's are left alone.

</source>
        <translation>指定したバッチ ("outbox list" を参照)、または --all ではすべてのバッチを、送信せずに送信トレイから削除する: 待機中、拒否済み、破損したものの区別なく、強制終了された送信が未完了のまま残したバッチや、バッチを失って残ったジャーナルも含む。含まれる結果は完全に失われる。送信トレイのものでないファイルはそのままにする。

</translation>
    </message>
    <message numerus="yes">
        <source>Dropped %Ln batches from the outbox.</source>
        <translation>
            <numerusform>送信トレイから %Ln 個のバッチを破棄しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox holds no pending finish "%1" (see benchconnect outbox list).</source>
        <translation>送信トレイに保留中の終了処理 "%1" はありません (benchconnect outbox list を参照)。</translation>
    </message>
</context>
<context>
    <name>OutboxListCommand</name>
    <message>
        <source>List the results waiting in the outbox.</source>
        <translation>送信トレイで待機中の結果を一覧表示する。</translation>
    </message>
    <message>
        <source>%1  %2  %L3 of %L4 waiting  %5%6</source>
        <translation>%1  %2  %L4 件中 %L3 件待機中  %5%6</translation>
    </message>
    <message>
        <source>  (being sent now)</source>
        <translation>  (送信中)</translation>
    </message>
    <message>
        <source>last problem: %1</source>
        <translation>最後の問題: %1</translation>
    </message>
    <message>
        <source>The outbox is empty (%1).</source>
        <translation>送信トレイは空です (%1)。</translation>
    </message>
    <message>
        <source>Lists the outbox's batches: their id, the server they are for, how many of their results are still waiting, when they were made, the results the server refused (with where they came from and the server's reason) and the last problems. Damaged batches are listed with what is wrong and what can be recovered (their readable lines); batches a killed submission left unfinished and other leftover files are listed too.

</source>
        <translation>送信トレイのバッチを一覧表示する: ID、送信先のサーバー、まだ待機中の結果の数、作成日時、サーバーが拒否した結果 (取得元とサーバーが示した理由を含む)、最後の問題。破損したバッチは、何が問題か、何を回復できるか (読める行) とともに表示する。強制終了された送信が未完了のまま残したバッチや、その他の残留ファイルも表示する。

</translation>
    </message>
    <message>
        <source>(server unknown)</source>
        <translation>(サーバー不明)</translation>
    </message>
    <message numerus="yes">
        <source>%1  (unfinished)  %Ln results  %2</source>
        <translation>
            <numerusform>%1  (未完了)  結果 %Ln 件  %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (leftover)  %2</source>
        <translation>%1  (残留)  %2</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>破損: %1</translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; "benchconnect outbox retry" sends those waiting, the damaged lines stay in the file</source>
        <translation>
            <numerusform>回復可能: 読める結果 %Ln 件。"benchconnect outbox retry" で待機中のものを送信し、破損した行はファイルに残ります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>recoverable: %Ln readable results; send them with "benchconnect outbox retry --to-server URL %1"</source>
        <translation>
            <numerusform>回復可能: 読める結果 %Ln 件。"benchconnect outbox retry --to-server URL %1" で送信してください</numerusform>
        </translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>拒否: %1</translation>
    </message>
    <message numerus="yes">
        <source>refused: %Ln more results</source>
        <translation>
            <numerusform>拒否: ほかに %Ln 件の結果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results waiting</source>
        <translation>
            <numerusform>待機中の結果 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln batches</source>
        <translation>
            <numerusform>(バッチ %Ln 個)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused (not sent again)</source>
        <translation>
            <numerusform>拒否 %Ln 件 (再送信しない)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damaged or leftover files</source>
        <translation>
            <numerusform>破損または残留ファイル %Ln 個</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2)。</translation>
    </message>
    <message>
        <source>%1.finish  %2  the finish of run %1 waits: %3</source>
        <translation>%1.finish  %2  ラン %1 の終了処理が待機中: %3</translation>
    </message>
    <message>
        <source>its results are still in the outbox</source>
        <translation>結果がまだ送信トレイにあります</translation>
    </message>
    <message>
        <source>its results were delivered; "benchconnect outbox retry" sends it</source>
        <translation>結果は送達済み。"benchconnect outbox retry" で送信されます</translation>
    </message>
</context>
<context>
    <name>OutboxRetryCommand</name>
    <message>
        <source>Send the results waiting in the outbox.</source>
        <translation>送信トレイで待機中の結果を送信する。</translation>
    </message>
    <message>
        <source>Send only these batches (default: all of them for CONBENCH_URL).</source>
        <translation>これらのバッチだけを送信する (既定: CONBENCH_URL 宛てのすべて)。</translation>
    </message>
    <message>
        <source>The outbox holds no batch "%1" (see benchconnect outbox list).</source>
        <translation>送信トレイにバッチ "%1" はありません (benchconnect outbox list を参照)。</translation>
    </message>
    <message>
        <source>Nothing was sent, since sending without knowing what the server holds could store results twice: %1</source>
        <translation>サーバーが保持しているものが分からないまま送信すると結果を二重に保存するおそれがあるため、何も送信しませんでした: %1</translation>
    </message>
    <message>
        <source>Batch %1 is being sent by another process; skipped.</source>
        <translation>バッチ %1 は別のプロセスが送信中です。スキップしました。</translation>
    </message>
    <message>
        <source>Nothing was sent from here: the other process is sending those results, and they stay in the outbox until the server has confirmed them.</source>
        <translation>ここからは何も送信されませんでした。別のプロセスがこれらの結果を送信中で、サーバーが確認するまで送信トレイに残ります。</translation>
    </message>
    <message>
        <source>Sends the outbox's waiting results for the server in CONBENCH_URL (or only the batches named as arguments). Server URLs match when they differ only in the case of the scheme or host, a default port or a trailing slash (localhost and 127.0.0.1 are different hosts). With --to-server URL the named batches (all waiting batches when none is named) are sent to that server instead and recorded as being for it from then on; the credentials are CONBENCH_EMAIL and CONBENCH_PASSWORD. Before sending, the results already stored on the server (whose answer was lost, for instance when the process was killed) are looked up there and not sent again, so each result is stored exactly once.

Not sent: results the server refused as they are (see "outbox list"), and damaged lines of a batch (its readable lines are sent). A batch whose header is damaged does not say which server it was for: it is sent only when named with --to-server URL.

</source>
        <translation>CONBENCH_URL のサーバー宛てに送信トレイで待機中の結果 (または引数で指定したバッチだけ) を送信する。サーバーの URL は、スキームやホストの大文字小文字、既定のポート、末尾のスラッシュだけが異なる場合は一致するとみなす (localhost と 127.0.0.1 は別のホスト)。--to-server URL を指定すると、指定したバッチ (指定がなければ待機中のすべてのバッチ) を代わりにそのサーバーに送信し、以後そのサーバー宛てとして記録する。認証情報は CONBENCH_EMAIL と CONBENCH_PASSWORD。送信前に、サーバーに既に保存されている結果 (プロセスが強制終了されたときなど、応答が失われたもの) をサーバー上で調べて再送信しないので、各結果はちょうど 1 回だけ保存される。

送信しないもの: サーバーがそのままでは受け付けずに拒否した結果 ("outbox list" を参照) と、バッチの破損した行 (読める行は送信する)。ヘッダーが破損したバッチは送信先サーバーが分からないため、--to-server URL で指定した場合にだけ送信する。

</translation>
    </message>
    <message>
        <source>Send the batches to the Conbench server at URL (instead of CONBENCH_URL), for instance after the server moved; the batches are recorded as being for URL.</source>
        <translation>バッチを (CONBENCH_URL の代わりに) URL の Conbench サーバーに送信する。サーバーが移転した後などに使う。バッチは URL 宛てとして記録される。</translation>
    </message>
    <message>
        <source>%1 is not sent (%2); "benchconnect outbox drop %1" removes it.</source>
        <translation>%1 は送信しません (%2)。"benchconnect outbox drop %1" で削除できます。</translation>
    </message>
    <message>
        <source>Batch %1 holds no results waiting to be sent (see benchconnect outbox list).</source>
        <translation>バッチ %1 には送信を待つ結果がありません (benchconnect outbox list を参照)。</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1's header is damaged, so the server its %Ln results were for is unknown; name it: benchconnect outbox retry --to-server URL %1</source>
        <translation>
            <numerusform>バッチ %1 のヘッダーが破損しているため、その %Ln 件の結果の送信先サーバーが不明です。サーバーを指定してください: benchconnect outbox retry --to-server URL %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 is for %2, not for CONBENCH_URL=%3; to send it there, give --to-server %3.</source>
        <translation>バッチ %1 は %2 宛てで、CONBENCH_URL=%3 宛てではありません。そちらに送信するには --to-server %3 を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln damaged lines cannot be read and are not sent; they stay in the batch file.</source>
        <translation>
            <numerusform>バッチ %1: 破損した %Ln 行を読めないため送信しません。これらの行はバッチファイルに残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (何も送信していません)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln batches are now for %1.</source>
        <translation>
            <numerusform>%Ln 個のバッチを %1 宛てに変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the outbox waits for %1.</source>
        <translation>送信トレイに %1 宛てで待機中のものはありません。</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent, and the outbox is as it was.</source>
        <translation>再び中断されたため、ただちに終了しました。何も送信しておらず、送信トレイは元のままです。</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted while looking up what the server holds already: nothing was sent, and the %Ln results wait in the outbox (%1) as before.</source>
        <translation>
            <numerusform>サーバーが保存済みのものを調べている間に中断されました。何も送信しておらず、%Ln 件の結果は以前と同じく送信トレイ (%1) で待機しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait for %1: send them there with CONBENCH_URL=%1 benchconnect outbox retry, or to %2 instead with benchconnect outbox retry --to-server %2.</source>
        <translation>
            <numerusform>%Ln 件の結果が %1 宛てに待機しています。そこへ送るには CONBENCH_URL=%1 benchconnect outbox retry を、代わりに %2 へ送るには benchconnect outbox retry --to-server %2 を実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in damaged batches whose server is unknown (see benchconnect outbox list).</source>
        <translation>
            <numerusform>送信先サーバーが不明な破損したバッチで、%Ln 件の結果が待機しています (benchconnect outbox list を参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server are not sent again (see benchconnect outbox list).</source>
        <translation>
            <numerusform>サーバーが拒否した %Ln 件の結果は再送信しません (benchconnect outbox list を参照)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 finished: its results were all delivered.</source>
        <translation>ラン %1 を終了しました: 結果はすべて送達されました。</translation>
    </message>
</context>
<context>
    <name>PendingFinishes</name>
    <message>
        <source>Run %1 was not finished: %2</source>
        <translation>ラン %1 は終了されませんでした: %2</translation>
    </message>
</context>
<context>
    <name>PostResultCommand</name>
    <message>
        <source>Post results to the server as they are.</source>
        <translation>結果をそのままサーバーに送信する。</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Sends each result to the server's results endpoint exactly as given, without filling in defaults (use "submit result" for that, or "augment result" first).

All of the input is checked before anything is sent, as "check result" checks it: when any result is one the server would refuse (a field its schema does not take, no stats and no error, not exactly one of machine_info and cluster_info, no tags.name, a unit it does not know), each such result is named with the field and the reason, and nothing is written to the outbox or sent. Without --generation only what servers of both generations refuse counts. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>各結果を、既定値を補完せずに与えられたままサーバーの results エンドポイントに送信する (補完するには "submit result" を使うか、先に "augment result" を実行する)。

何かを送信する前に、"check result" と同様に入力全体を検査する: サーバーが拒否する結果 (スキーマにないフィールド、stats も error もない、machine_info と cluster_info のどちらか一方だけではない、tags.name がない、未知の単位) があれば、そのような結果ごとにフィールドと理由を示し、送信トレイへの書き込みも送信も行わない。--generation がない場合は、両方の世代のサーバーが拒否するものだけを対象とする。途中で応答が失われた結果は、再送信の前にサーバー上で確認するため、二重に保存されることはない。

--path にはベンチマークツールの出力や、ツールのファイルと Conbench の JSON が混在したフォルダーも指定できる: --format auto (既定値) では、"adapt" と同様に、各ファイルをその内容が示す形式で読み込む (どの形式かは --verbose で表示)。既知の形式でないファイルは、そのファイル名を示してエラーになる。</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>Sending results: %L1/%L2</source>
        <translation>結果を送信中: %L1/%L2</translation>
    </message>
    <message>
        <source>, %L1 failed</source>
        <translation>、失敗 %L1</translation>
    </message>
    <message>
        <source>, %L1/s</source>
        <translation>、%L1/s</translation>
    </message>
    <message>
        <source>, about %L1 s left</source>
        <translation>、残り約 %L1 s</translation>
    </message>
</context>
<context>
    <name>ProjectEnvironment</name>
    <message>
        <source>%1 is set but blank; ignoring it.</source>
        <translation>%1 が設定されていますが空です。無視します。</translation>
    </message>
    <message>
        <source>A pull request number is set but CONBENCH_PROJECT_REPOSITORY and CONBENCH_PROJECT_COMMIT are not; no github information is added.</source>
        <translation>プルリクエスト番号が設定されていますが、CONBENCH_PROJECT_REPOSITORY と CONBENCH_PROJECT_COMMIT が設定されていません。github 情報は追加しません。</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY="%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>CONBENCH_PROJECT_REPOSITORY="%1" は GitHub リポジトリではありません。org/repo または https://github.com/org/repo の形式で指定してください。</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT="%1" is not a 40-character hexadecimal commit SHA.</source>
        <translation>CONBENCH_PROJECT_COMMIT="%1" は 40 桁の 16 進数のコミット SHA ではありません。</translation>
    </message>
    <message>
        <source>%1="%2" is not a pull request number (a positive integer).</source>
        <translation>%1="%2" はプルリクエスト番号 (正の整数) ではありません。</translation>
    </message>
    <message>
        <source>%1="%2" is not one of auto, ci, git or off; using auto.</source>
        <translation>%1="%2" は auto、ci、git、off のいずれでもありません。auto を使用します。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>The repository %1 (%2) is not on github.com; Conbench takes GitHub repositories only, so no github information is added. Set CONBENCH_PROJECT_REPOSITORY (and CONBENCH_PROJECT_COMMIT) to send it.</source>
        <translation>リポジトリ %1 (%2) は github.com 上にありません。Conbench は GitHub のリポジトリしか受け付けないため、github の情報は追加しません。送信するには CONBENCH_PROJECT_REPOSITORY (と CONBENCH_PROJECT_COMMIT) を設定してください。</translation>
    </message>
    <message>
        <source>%1 names the repository %2, not %3; its values are not used.</source>
        <translation>%1 はリポジトリ %3 ではなく %2 を示しています。その値は使用しません。</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a 40-character commit SHA; it is not used.</source>
        <translation>%1 が示す "%2" (%3) は 40 文字のコミット SHA ではありません。使用しません。</translation>
    </message>
    <message>
        <source>%1 gives "%2" (%3), not a pull request number; it is not used.</source>
        <translation>%1 が示す "%2" (%3) はプルリクエスト番号ではありません。使用しません。</translation>
    </message>
    <message>
        <source>No CI system was recognised by its variables.</source>
        <translation>変数から CI システムを判別できませんでした。</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_COMMIT is set but CONBENCH_PROJECT_REPOSITORY is not, and no GitHub repository was found in the CI variables or the git checkout; set both (e.g. CONBENCH_PROJECT_REPOSITORY=org/repo).</source>
        <translation>CONBENCH_PROJECT_COMMIT は設定されていますが CONBENCH_PROJECT_REPOSITORY は設定されておらず、CI の変数や git チェックアウトからも GitHub リポジトリが見つかりませんでした。両方を設定してください (例: CONBENCH_PROJECT_REPOSITORY=org/repo)。</translation>
    </message>
    <message>
        <source>Commit %1 (%2) was found, but no repository; no github information is added.</source>
        <translation>コミット %1 (%2) は見つかりましたが、リポジトリがありません。github の情報は追加しません。</translation>
    </message>
    <message>
        <source>CONBENCH_PROJECT_REPOSITORY is set but CONBENCH_PROJECT_COMMIT is not, and no commit was found in the CI variables or the git checkout; set both (the commit is a 40-character hexadecimal SHA).</source>
        <translation>CONBENCH_PROJECT_REPOSITORY は設定されていますが CONBENCH_PROJECT_COMMIT は設定されておらず、CI の変数や git チェックアウトからもコミットが見つかりませんでした。両方を設定してください (コミットは 40 文字の 16 進数の SHA です)。</translation>
    </message>
    <message>
        <source>The repository %1 (%2) was found, but no commit; no github information is added.</source>
        <translation>リポジトリ %1 (%2) は見つかりましたが、コミットがありません。github の情報は追加しません。</translation>
    </message>
    <message>
        <source>github.repository is %1, from %2.</source>
        <translation>github.repository は %1 (%2 から)。</translation>
    </message>
    <message>
        <source>github.commit is %1, from %2.</source>
        <translation>github.commit は %1 (%2 から)。</translation>
    </message>
    <message>
        <source>github.pr_number is %1, from %2.</source>
        <translation>github.pr_number は %1 (%2 から)。</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is not sent: the repository's default branch is not known.</source>
        <translation>ブランチ %1 (%2) は送信しません: リポジトリのデフォルトブランチが不明です。</translation>
    </message>
    <message>
        <source>github.branch is %1, from %2 (the default branch is %3).</source>
        <translation>github.branch は %1 (%2 から。デフォルトブランチは %3)。</translation>
    </message>
    <message>
        <source>The branch %1 (%2) is the default branch; no branch is sent.</source>
        <translation>ブランチ %1 (%2) はデフォルトブランチです。ブランチは送信しません。</translation>
    </message>
    <message>
        <source>HEAD of %1 is detached (no branch is checked out).</source>
        <translation>%1 の HEAD は切り離されています (ブランチがチェックアウトされていません)。</translation>
    </message>
    <message>
        <source>The results are not those of commit %1 alone: %2 has uncommitted changes to tracked files.</source>
        <translation>結果はコミット %1 だけのものではありません: %2 の追跡対象ファイルにコミットされていない変更があります。</translation>
    </message>
</context>
<context>
    <name>PytestBenchmarkAdapter</name>
    <message>
        <source>not pytest-benchmark JSON: it has no "machine_info" object and "benchmarks" list</source>
        <translation>pytest-benchmark の JSON ではありません: "machine_info" オブジェクトと "benchmarks" リストがありません</translation>
    </message>
    <message>
        <source>benchmark %1 (%2) has no "stats" with a "mean"</source>
        <translation>ベンチマーク %1 (%2) に "mean" を含む "stats" がありません</translation>
    </message>
    <message>
        <source>benchmark %1: %2</source>
        <translation>ベンチマーク %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no rounds (saved without --benchmark-save-data); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln 個のベンチマークに rounds がありません (--benchmark-save-data なしで保存)。平均値をデータとし、要約統計量を併記します。</numerusform>
        </translation>
    </message>
    <message>
        <source>pytest-benchmark JSON (--benchmark-json)</source>
        <translation>pytest-benchmark の JSON (--benchmark-json)</translation>
    </message>
</context>
<context>
    <name>ReferenceWriter</name>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>A variable that is set but blank is ignored with a warning.</source>
        <translation>設定されているが空の変数は、警告を出して無視する。</translation>
    </message>
    <message>
        <source>The outbox (or --outbox DIR, or BENCHCONNECT_OUTBOX). %1 Results are kept in batches of up to 1,000 (ID.ndjson), with a journal of confirmations beside each (ID.done); the directory and its files are readable by their owner only and never hold credentials. "%2 outbox list" shows what waits, "%2 outbox retry" sends it, "%2 outbox drop" removes it.</source>
        <translation>送信トレイ (または --outbox DIR、BENCHCONNECT_OUTBOX)。%1 結果は最大 1,000 件ずつのバッチ (ID.ndjson) で保持され、それぞれの隣に受領確認のジャーナル (ID.done) が置かれる。ディレクトリとそのファイルは所有者だけが読め、認証情報は含まない。"%2 outbox list" で待機中のものを表示し、"%2 outbox retry" で送信し、"%2 outbox drop" で削除する。</translation>
    </message>
    <message>
        <source>The run's state file, in the current directory: written by "start run" once the server accepted the run, read by "submit result" and "finish run", removed by "finish run" once the server accepted the finish. It holds what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), never a password, and is readable by its owner only.</source>
        <translation>ランの状態ファイル (カレントディレクトリに置かれる)。サーバーがランを受け付けた時点で "start run" が書き込み、"submit result" と "finish run" が読み、サーバーが終了を受け付けた時点で "finish run" が削除する。ランのすべての結果に共通する情報 (run_id、run_name、run_reason、github、machine_info または cluster_info) を保持し、パスワードは含まず、所有者だけが読める。</translation>
    </message>
    <message>
        <source>A run in a CI job:</source>
        <translation>CI ジョブでのラン:</translation>
    </message>
    <message>
        <source>Fill in the defaults of results, then post them:</source>
        <translation>結果の既定値を補完してから送信する:</translation>
    </message>
    <message>
        <source>Send what a failed submission left in the outbox:</source>
        <translation>失敗した送信が送信トレイに残したものを送信する:</translation>
    </message>
    <message>
        <source>send benchmark results to a Conbench server</source>
        <translation>ベンチマーク結果を Conbench サーバーに送信する</translation>
    </message>
    <message>
        <source>Each subcommand explains itself with --help; "benchconnect GROUP --help" (augment, post, put, outbox) lists the subcommands of a group.</source>
        <translation>各サブコマンドは --help で説明を表示する。"benchconnect GROUP --help" (augment、post、put、outbox) はグループのサブコマンドを一覧表示する。</translation>
    </message>
    <message>
        <source>the desktop window for sending benchmark results to a Conbench server</source>
        <translation>ベンチマーク結果を Conbench サーバーに送信するデスクトップウィンドウ</translation>
    </message>
    <message>
        <source>Without a subcommand, opens the window: the server, the run (reason, name, commit, branch, machine or cluster), and the results, dropped as files or folders on the window. Submit run creates the run, sends the results through the outbox and finishes the run, with progress and Cancel. The password is kept in the desktop's keychain, never in a file.</source>
        <translation>サブコマンドなしで起動するとウィンドウを開く: サーバー、ラン (理由、名前、コミット、ブランチ、マシンまたはクラスター)、結果 (ファイルやフォルダーとしてウィンドウにドロップする) を扱う。「ランを送信」はランを作成し、送信トレイ経由で結果を送信してランを終了する。進捗を表示し、「キャンセル」で中止できる。パスワードはデスクトップのキーチェーンに保持し、ファイルには書き込まない。</translation>
    </message>
    <message>
        <source>Each PATH, a file or a folder of results, is added to the window as if dropped on it ("benchconnect-gui results/ other.json"); a path that does not exist is said in the window's Log and on standard error. An argument that begins with "-" and is not a subcommand is refused with exit status 2; "--" before the paths lets one begin with "-".</source>
        <translation>各 PATH (結果のファイルまたはフォルダー) は、ウィンドウにドロップしたのと同じようにウィンドウに追加する (「benchconnect-gui results/ other.json」)。存在しないパスはウィンドウのログと標準エラー出力に示す。「-」で始まりサブコマンドでない引数は終了ステータス 2 で拒否する。パスの前に「--」を置くと「-」で始まるパスも渡せる。</translation>
    </message>
    <message>
        <source>Where there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set), it says so and ends with exit status 1.</source>
        <translation>ウィンドウを開くディスプレイがない場合（DISPLAY も WAYLAND_DISPLAY も設定されていない場合）は、その旨を表示して終了ステータス 1 で終了します。</translation>
    </message>
    <message>
        <source>Given a subcommand, it behaves exactly as benchconnect(1), with the same subcommands, options, environment and exit status, and opens no window.</source>
        <translation>サブコマンドを指定すると benchconnect(1) とまったく同じに動作し (サブコマンド、オプション、環境変数、終了ステータスも同じ)、ウィンドウは開かない。</translation>
    </message>
    <message>
        <source>Show the help</source>
        <translation>ヘルプを表示する</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>バージョンを表示する</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>in outbox</source>
        <translation>送信トレイ内</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>The unit of the samples (stats.unit)</source>
        <translation>サンプルの単位 (stats.unit)</translation>
    </message>
    <message>
        <source>How many samples the result holds (the length of stats.data)</source>
        <translation>結果に含まれるサンプルの数 (stats.data の長さ)</translation>
    </message>
    <message>
        <source>The file the result was read from</source>
        <translation>結果の読み込み元のファイル</translation>
    </message>
    <message>
        <source>Whether the result can be sent, and how far it got</source>
        <translation>結果を送信できるかどうか、およびどこまで進んだか</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The benchmark's name (tags.name), then its other tags (its parameters)</source>
        <translation>ベンチマークの名前 (tags.name) と、その他のタグ (パラメーター)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The benchmark tool whose output the result was read from</source>
        <translation>結果の読み込み元となったベンチマークツール</translation>
    </message>
</context>
<context>
    <name>RunComposer</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>オフセット %1 で不正な JSON: %2</translation>
    </message>
    <message>
        <source>not a JSON object ({...})</source>
        <translation>JSON オブジェクト ({...}) ではない</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>Why the benchmarks ran (the run's reason; each result's run_reason)</source>
        <translation>ベンチマークを実行した理由 (ランの reason、各結果の run_reason)</translation>
    </message>
    <message>
        <source>The run's name. Empty: "REASON: COMMIT" when both are known.</source>
        <translation>ランの名前。空の場合、両方が分かっていれば「理由: コミット」になります。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Run tags, sent as each result's run_tags (servers since late 2023 store them)</source>
        <translation>ランタグ。各結果の run_tags として送信されます (2023 年後半以降のサーバーが保存します)</translation>
    </message>
    <message>
        <source>Add a run tag</source>
        <translation>ランタグを追加</translation>
    </message>
    <message>
        <source>Remove the selected run tag</source>
        <translation>選択したランタグを削除</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
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
        <translation>ベンチマーク対象のリポジトリ (CONBENCH_PROJECT_REPOSITORY)</translation>
    </message>
    <message>
        <source>40-character commit SHA</source>
        <translation>40 文字のコミット SHA</translation>
    </message>
    <message>
        <source>The benchmarked commit (CONBENCH_PROJECT_COMMIT)</source>
        <translation>ベンチマーク対象のコミット (CONBENCH_PROJECT_COMMIT)</translation>
    </message>
    <message>
        <source>The pull request's number (CONBENCH_PROJECT_PR_NUMBER)</source>
        <translation>プルリクエストの番号 (CONBENCH_PROJECT_PR_NUMBER)</translation>
    </message>
    <message>
        <source>org:branch, rarely needed</source>
        <translation>org:branch (通常は不要)</translation>
    </message>
    <message>
        <source>A commit that is not on the default branch and has no pull request (github.branch)</source>
        <translation>デフォルトブランチ上になく、プルリクエストもないコミット (github.branch)</translation>
    </message>
    <message>
        <source>Fill the repository and commit from a local git checkout</source>
        <translation>ローカルの git チェックアウトからリポジトリとコミットを入力します</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>リポジトリ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Commit:</source>
        <translation>コミット(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>ブランチ(&amp;B):</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>ハードウェア</translation>
    </message>
    <message>
        <source>Send this machine's machine_info</source>
        <translation>このマシンの machine_info を送信します</translation>
    </message>
    <message>
        <source>Send cluster_info instead of machine_info</source>
        <translation>machine_info の代わりに cluster_info を送信します</translation>
    </message>
    <message>
        <source>Send this name as machine_info.name instead of the host name (CONBENCH_MACHINE_INFO_NAME)</source>
        <translation>ホスト名の代わりにこの名前を machine_info.name として送信します (CONBENCH_MACHINE_INFO_NAME)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>The machine_info that will be sent (read-only)</source>
        <translation>送信される machine_info (読み取り専用)</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>収集中…</translation>
    </message>
    <message>
        <source>The cluster's distinct name (cluster_info.name)</source>
        <translation>クラスターを区別する名前 (cluster_info.name)</translation>
    </message>
    <message>
        <source>{"nodes": 4, "workers": 32}</source>
        <translation>{"nodes": 4, "workers": 32}</translation>
    </message>
    <message>
        <source>What sets the cluster apart, as a JSON object (cluster_info.info)</source>
        <translation>クラスターを特徴づける情報。JSON オブジェクト (cluster_info.info)</translation>
    </message>
    <message>
        <source>When the run failed</source>
        <translation>ランが失敗した場合</translation>
    </message>
    <message>
        <source>empty: the run succeeded</source>
        <translation>空: ランは成功</translation>
    </message>
    <message>
        <source>Sent as the run's error_type when the run is finished</source>
        <translation>ランの終了時に、ランの error_type として送信されます</translation>
    </message>
    <message>
        <source>{"step": "join"}</source>
        <translation>{"step": "join"}</translation>
    </message>
    <message>
        <source>Sent as the run's error_info (a JSON object) when the run is finished</source>
        <translation>ランの終了時に、ランの error_info (JSON オブジェクト) として送信されます</translation>
    </message>
    <message>
        <source>Commit read from %1; its origin (%2) is not on GitHub: enter the repository.</source>
        <translation>%1 からコミットを読み込みました。origin (%2) が GitHub 上にないため、リポジトリを入力してください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Read from %1.</source>
        <translation>%1 から読み込みました。</translation>
    </message>
    <message>
        <source>Git checkout %1: commit %2, origin %3</source>
        <translation>git チェックアウト %1: コミット %2、origin %3</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>コミット</translation>
    </message>
    <message>
        <source>"%1: %2" when a reason and a commit are given</source>
        <translation>"%1: %2" (理由とコミットを指定した場合)</translation>
    </message>
    <message>
        <source>A pull request number or branch needs a repository and a commit.</source>
        <translation>プルリクエスト番号やブランチには、リポジトリとコミットが必要です。</translation>
    </message>
    <message>
        <source>The GitHub repository is missing: a run with a commit needs its repository (or no commit).</source>
        <translation>GitHub リポジトリがありません。コミットを指定したランには、そのリポジトリが必要です (またはコミットを指定しないでください)。</translation>
    </message>
    <message>
        <source>The commit is missing: a run with a GitHub repository needs the commit it benchmarked (or no repository).</source>
        <translation>コミットがありません。GitHub リポジトリを指定したランには、ベンチマークしたコミットが必要です (またはリポジトリを指定しないでください)。</translation>
    </message>
    <message>
        <source>"%1" is not a GitHub repository; use org/repo or https://github.com/org/repo.</source>
        <translation>"%1" は GitHub リポジトリではありません。org/repo または https://github.com/org/repo の形式で指定してください。</translation>
    </message>
    <message>
        <source>The commit "%1" is not a 40-character hexadecimal SHA.</source>
        <translation>コミット "%1" は 40 文字の 16 進数の SHA ではありません。</translation>
    </message>
    <message>
        <source>The cluster needs a name.</source>
        <translation>クラスターには名前が必要です。</translation>
    </message>
    <message>
        <source>The cluster info is %1.</source>
        <translation>クラスター情報: %1。</translation>
    </message>
    <message>
        <source>The error info is %1.</source>
        <translation>エラー情報: %1。</translation>
    </message>
    <message>
        <source>Choose a git checkout</source>
        <translation>git チェックアウトを選択</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Th&amp;is machine</source>
        <translation>このマシン(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;A cluster</source>
        <translation>クラスター(&amp;A)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>理由(&amp;S):</translation>
    </message>
    <message>
        <source>Run ta&amp;gs:</source>
        <translation>ランタグ(&amp;G):</translation>
    </message>
    <message>
        <source>its number; none: a default-branch run</source>
        <translation>番号。なし: デフォルトブランチのラン</translation>
    </message>
    <message>
        <source>From a git chec&amp;kout…</source>
        <translation>git チェックアウトから(&amp;K)…</translation>
    </message>
    <message>
        <source>Pull re&amp;quest:</source>
        <translation>プルリクエスト(&amp;Q):</translation>
    </message>
    <message>
        <source>Host name o&amp;verride:</source>
        <translation>ホスト名の上書き(&amp;V):</translation>
    </message>
    <message>
        <source>Cluster na&amp;me:</source>
        <translation>クラスター名(&amp;M):</translation>
    </message>
    <message>
        <source>Cluster inf&amp;o (JSON):</source>
        <translation>クラスター情報 (JSON)(&amp;O):</translation>
    </message>
    <message>
        <source>Error t&amp;ype:</source>
        <translation>エラーの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Error &amp;details (JSON):</source>
        <translation>エラーの詳細 (JSON)(&amp;D):</translation>
    </message>
    <message>
        <source>Not a GitHub repository: use org/repo or https://github.com/org/repo.</source>
        <translation>GitHub リポジトリではありません。org/repo または https://github.com/org/repo の形式で指定してください。</translation>
    </message>
    <message>
        <source>Not a full commit SHA: it has 40 hexadecimal characters (git rev-parse HEAD).</source>
        <translation>完全なコミット SHA ではありません。SHA は 40 文字の 16 進数です (git rev-parse HEAD)。</translation>
    </message>
    <message>
        <source>Needed: the run has a repository, so it needs the commit (git rev-parse HEAD).</source>
        <translation>必須: ランにリポジトリがあるため、コミットが必要です (git rev-parse HEAD)。</translation>
    </message>
    <message>
        <source>Needed: the run has a commit, so it needs its repository.</source>
        <translation>必須: ランにコミットがあるため、そのリポジトリが必要です。</translation>
    </message>
    <message>
        <source>Not a JSON object: %1.</source>
        <translation>JSON オブジェクトではありません: %1。</translation>
    </message>
</context>
<context>
    <name>RunRequestCommand</name>
    <message>
        <source>Create runs on the server as they are.</source>
        <translation>ランをそのままサーバー上に作成する。</translation>
    </message>
    <message>
        <source>Update runs on the server (the id goes in the URL).</source>
        <translation>サーバー上のランを更新する (ID は URL に入る)。</translation>
    </message>
    <message>
        <source>Sends each run to POST /api/runs/ exactly as given, without filling in defaults (use "start run" for that).

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>各ランを、既定値を補完せずにそのまま POST /api/runs/ に送る (補完するには "start run" を使う)。

2023 年後半以降のサーバーはランを結果を通じて暗黙的に管理し、このリクエストに 405 を返す。これは 1 度だけ報告され、エラーではない。</translation>
    </message>
    <message>
        <source>Sends each run's fields to PUT /api/runs/ID/: the "id" of the JSON goes in the URL and is taken out of the body. Usually the fields are finished_timestamp, error_type, error_info and info.

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to this request, which is reported once and is not an error.</source>
        <translation>各ランのフィールドを PUT /api/runs/ID/ に送る。JSON の "id" は URL に入り、本文からは除かれる。通常、フィールドは finished_timestamp、error_type、error_info、info。

2023 年後半以降のサーバーはランを結果を通じて暗黙的に管理し、このリクエストに 405 を返す。これは 1 度だけ報告され、エラーではない。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>the run has no "id"; put run needs it for the URL</source>
        <translation>ランに "id" がありません。put run は URL に "id" を必要とします</translation>
    </message>
    <message>
        <source>the run's "id" is not a string (Conbench's run ids are strings)</source>
        <translation>ランの "id" が文字列ではありません (Conbench のラン ID は文字列です)</translation>
    </message>
    <message>
        <source>the run has no "id" ("augment run" adds one)</source>
        <translation>ランに "id" がありません ("augment run" が追加します)</translation>
    </message>
    <message>
        <source>Nothing to update.</source>
        <translation>更新するものがありません。</translation>
    </message>
    <message>
        <source>Nothing to create.</source>
        <translation>作成するものがありません。</translation>
    </message>
    <message>
        <source>%1: run %2 not %3: %4</source>
        <translation>%1: ラン %2 を%3できませんでした: %4</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
</context>
<context>
    <name>RunState</name>
    <message>
        <source>No run has been started here: %1 does not exist. Run "benchconnect start run" first (in this directory).</source>
        <translation>このディレクトリではランが開始されていません: %1 がありません。先に (このディレクトリで) "benchconnect start run" を実行してください。</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so it cannot be the run's state file: the state of a run started here is kept in a file of that name. Remove it, or work in another directory.</source>
        <translation>%1 は通常のファイルではないため、ランの状態ファイルにはなれません。ここで開始したランの状態は、この名前のファイルに保持されます。これを削除するか、別のディレクトリで作業してください。</translation>
    </message>
    <message>
        <source>%1 is a directory, not the run's state file: the state of a run started here is kept in a file of that name. Remove or rename the directory, or work in another directory.</source>
        <translation>%1 はディレクトリであり、ランの状態ファイルではありません。ここで開始したランの状態は、この名前のファイルに保持されます。ディレクトリを削除するか名前を変えるか、別のディレクトリで作業してください。</translation>
    </message>
    <message>
        <source>%1: cannot read the run's state file: %2</source>
        <translation>%1: ランの状態ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the run's state file: %2</source>
        <translation>%1: ランの状態ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot remove the run's state file: %2</source>
        <translation>%1: ランの状態ファイルを削除できません: %2</translation>
    </message>
    <message>
        <source>"%1" is %2 in the result but %3 in the started run; leave it out of the result or start another run.</source>
        <translation>"%1" は結果では %2 ですが、開始したランでは %3 です。結果から省くか、別のランを開始してください。</translation>
    </message>
    <message>
        <source>The run's state file does not say which server run %1 was started on (it was written by an earlier benchconnect); using %2.</source>
        <translation>ランの状態ファイルに、ラン %1 を開始したサーバーが記録されていません (以前の benchconnect が書き込んだもの)。%2 を使います。</translation>
    </message>
    <message>
        <source>Run %1 was started on %2, but CONBENCH_URL is %3; set CONBENCH_URL=%2 to continue the run (nothing was sent).</source>
        <translation>ラン %1 は %2 で開始されましたが、CONBENCH_URL は %3 です。ランを続けるには CONBENCH_URL=%2 を設定してください (何も送信していません)。</translation>
    </message>
    <message>
        <source>%1: the run's state file is not valid JSON %2; repair it, or remove it and start the run again.</source>
        <translation>%1: ランの状態ファイルは %2 で不正な JSON です。修復するか、削除してランを開始し直してください。</translation>
    </message>
    <message>
        <source>%1 is not a benchconnect state file (it holds no run_id); remove it and start the run again.</source>
        <translation>%1 は benchconnect の状態ファイルではありません (run_id がありません)。削除してランを開始し直してください。</translation>
    </message>
</context>
<context>
    <name>RunSubmitter</name>
    <message>
        <source>Logged in as %1.</source>
        <translation>%1 としてログインしました。</translation>
    </message>
    <message>
        <source>Refused by the server: %1: %2</source>
        <translation>サーバーが拒否しました: %1: %2</translation>
    </message>
    <message>
        <source>Creating run %1 on %2…</source>
        <translation>%2 にラン %1 を作成中…</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). The run appears with its first result.</source>
        <translation>この Conbench サーバーはランを暗黙的に管理します。ランは結果を通じて存在します (ランのエンドポイントにサーバーが 405 を返しました)。ランは最初の結果とともに表示されます。</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; nothing was sent.</source>
        <translation>ランの作成前にキャンセルしました。何も送信していません。</translation>
    </message>
    <message>
        <source>The run was not created: %1. Its results wait in the outbox with its finish: Outbox… sends them once the server answers.</source>
        <translation>ランを作成できませんでした: %1。結果はランの終了処理とともに送信トレイで待機しています。サーバーが応答するようになったら「送信トレイ…」で送信できます。</translation>
    </message>
    <message>
        <source>Cancelled before the run was created; its results and its finish wait in the outbox.</source>
        <translation>ランの作成前にキャンセルしました。結果とランの終了処理は送信トレイで待機しています。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results written to the outbox (%1).</source>
        <translation>
            <numerusform>%Ln 件の結果を送信トレイ (%1) に書き込みました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the results to the outbox…</source>
        <translation>結果を送信トレイに書き込み中…</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>ランを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Run %1 created.</source>
        <translation>ラン %1 を作成しました。</translation>
    </message>
    <message>
        <source>This server (before late 2023) does not know run tags; they are left out of the results.</source>
        <translation>このサーバー (2023 年後半より前) はランタグに対応していません。ランタグは結果から省きます。</translation>
    </message>
    <message>
        <source>Nothing was sent: the results could not be written to the outbox (%1).</source>
        <translation>何も送信していません: 結果を送信トレイに書き込めませんでした (%1)。</translation>
    </message>
    <message>
        <source>Results sent: %L1 of %L2, failed: %L3%4, in %L5 s.</source>
        <translation>送信した結果: %L2 件中 %L1 件、失敗: %L3 件%4、所要 %L5 s。</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (キャンセル済み)</translation>
    </message>
    <message>
        <source>Sending results: %L1…</source>
        <translation>結果を送信中: %L1…</translation>
    </message>
    <message>
        <source>%L1 sent, %L2 failed</source>
        <translation>送信 %L1 件、失敗 %L2 件</translation>
    </message>
    <message>
        <source>, %L1 found invalid when sending</source>
        <translation>、送信時に無効と判明 %L1 件</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): error_type and error_info cannot be stored on it.</source>
        <translation>サーバーはランを暗黙的に管理しています (405)。ランに error_type と error_info を保存できません。</translation>
    </message>
    <message>
        <source>The server keeps runs implicitly (405): there is no run to mark finished.</source>
        <translation>サーバーはランを暗黙的に管理しています (405)。終了済みにするランはありません。</translation>
    </message>
    <message>
        <source>The run was not finished: %1 (%2)</source>
        <translation>ランは終了していません: %1 (%2)</translation>
    </message>
    <message>
        <source>Run %1 finished.</source>
        <translation>ラン %1 を終了しました。</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>キャンセルしました: %1。</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>完了: %1。</translation>
    </message>
    <message>
        <source>Finished with failures: %1.</source>
        <translation>失敗ありで終了: %1。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results wait in the outbox (%1): Outbox… in this window, or "benchconnect outbox retry", sends them.</source>
        <translation>
            <numerusform>%Ln 件の結果が送信トレイ (%1) で待機しています。このウィンドウの「送信トレイ…」または "benchconnect outbox retry" で送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run was left unfinished.</source>
        <translation>キャンセルしました: %L1 件送信済み、%L2 件は受領未確認。ランは終了していません。</translation>
    </message>
    <message>
        <source>Cancelling: nothing new is sent, and nothing is tried again; the requests on the wire may finish. Cancel again to abandon them.</source>
        <translation>キャンセル中: 新たな送信も再試行も行いません。送信中のリクエストは完了する場合があります。それらを放棄するには、もう一度キャンセルしてください。</translation>
    </message>
    <message>
        <source>The run's finish could not be kept in the outbox: %1</source>
        <translation>ランの終了処理を送信トレイに保持できませんでした: %1</translation>
    </message>
    <message>
        <source>The run's finish waits in the outbox: Outbox… (or "benchconnect outbox retry") sends it once the run's results are delivered.</source>
        <translation>ランの終了処理は送信トレイで待機しています: ランの結果が送達されると、「送信トレイ…」(または "benchconnect outbox retry") で送信されます。</translation>
    </message>
    <message>
        <source>Cancelled: %L1 sent, %L2 not confirmed; the run is finished when the outbox has delivered its results.</source>
        <translation>キャンセル済み: 送信済み %L1、受領未確認 %L2。送信トレイが結果を送達した時点でランは終了します。</translation>
    </message>
    <message>
        <source>Cancelling now: the requests under way are abandoned.</source>
        <translation>ただちにキャンセルします: 処理中のリクエストを放棄します。</translation>
    </message>
</context>
<context>
    <name>ServerBox</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The server URL</source>
        <translation>サーバー URL</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api (CONBENCH_URL)</source>
        <translation>Conbench サーバーのアドレス。/api は付けません (CONBENCH_URL)</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). Kept in the system keychain, never in a file.</source>
        <translation>アカウントのパスワード (CONBENCH_PASSWORD)。ファイルではなくシステムのキーチェーンに保持されます。</translation>
    </message>
    <message>
        <source>Ask the server whether it answers (GET /api/ping/), then log in when an e-mail is given</source>
        <translation>サーバーが応答するかを確認し (GET /api/ping/)、メールアドレスが指定されていればログインします</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>The password for %1 was taken from the system keychain.</source>
        <translation>%1 のパスワードをシステムのキーチェーンから取得しました。</translation>
    </message>
    <message>
        <source>An e-mail is given but no password; enter both to log in, or neither for a public server.</source>
        <translation>メールアドレスが指定されていますがパスワードがありません。ログインするには両方を入力し、公開サーバーならどちらも空にしてください。</translation>
    </message>
    <message>
        <source>No system keychain answers (%1): the password is kept for this session only, never written to a file.</source>
        <translation>システムのキーチェーンが応答しません (%1)。パスワードはこのセッションの間だけ保持され、ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>The account's password (CONBENCH_PASSWORD). No system keychain is available: it is kept for this session only.</source>
        <translation>アカウントのパスワード (CONBENCH_PASSWORD)。システムのキーチェーンを使えないため、このセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>%1 did not answer as a Conbench server: %2</source>
        <translation>%1 は Conbench サーバーとして応答しませんでした: %2</translation>
    </message>
    <message>
        <source>Connected: %1 answers (no log-in; a public server).</source>
        <translation>接続しました: %1 が応答しました (ログインなし、公開サーバー)。</translation>
    </message>
    <message>
        <source>Connected: %1 answers and %2 is logged in.</source>
        <translation>接続しました: %1 が応答し、%2 でログインしました。</translation>
    </message>
    <message>
        <source>%1 answers, but refused the e-mail or password: %2</source>
        <translation>%1 は応答しましたが、メールアドレスまたはパスワードを拒否しました: %2</translation>
    </message>
    <message>
        <source>%1 answers, but logging in failed: %2</source>
        <translation>%1 は応答しましたが、ログインに失敗しました: %2</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>ログインに使うアカウント</translation>
    </message>
    <message>
        <source>The account to log in with (CONBENCH_EMAIL). Conbench stores results only for a logged-in user, on a public server too; leave it empty only for a server that takes results without a log-in.</source>
        <translation>ログインに使うアカウント (CONBENCH_EMAIL)。Conbench は公開サーバーでも、ログインしたユーザーの結果しか保存しません。空のままにするのは、ログインなしで結果を受け付けるサーバーの場合だけにしてください。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Stop &amp;testing</source>
        <translation>テストを中止(&amp;T)</translation>
    </message>
    <message>
        <source>Give up the connection test (Esc)</source>
        <translation>接続テストを中止します (Esc)</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered.</source>
        <translation>%1 が応答する前にテストを中止しました。</translation>
    </message>
    <message>
        <source>Test stopped before %1 answered the log-in.</source>
        <translation>%1 がログインに応答する前にテストを中止しました。</translation>
    </message>
    <message>
        <source>The server profile to send to (Preferences &gt; Servers); the fields below show it and edit it. None: the server typed below.</source>
        <translation>送信先のサーバープロファイル (設定 &gt; サーバー)。下のフィールドに表示され、編集できます。なし: 下に入力したサーバー。</translation>
    </message>
    <message>
        <source>Servers…</source>
        <translation>サーバー…</translation>
    </message>
    <message>
        <source>Add, change or remove server profiles</source>
        <translation>サーバープロファイルを追加、変更、削除します</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>The CA bundle %1 of the profile "%2" cannot be read; correct it in Preferences &gt; Servers.</source>
        <translation>プロファイル "%2" の CA バンドル %1 を読み込めません。「設定 &gt; サーバー」で修正してください。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <source>Keep retrying a request that gets no usable answer (connection errors, time-outs, 5xx, 429) for up to SECONDS (default 1800; also BENCHCONNECT_RETRY_DEADLINE).</source>
        <translation>使える応答が得られないリクエスト (接続エラー、タイムアウト、5xx、429) を最大 SECONDS 秒まで再試行し続ける (既定値 1800。BENCHCONNECT_RETRY_DEADLINE でも指定可)。</translation>
    </message>
    <message>
        <source>Give up on one attempt when the server has not answered within SECONDS (default 150; 10 for logging in), then retry.</source>
        <translation>サーバーが SECONDS 秒以内に応答しなければその試行を打ち切り、再試行する (既定値 150、ログインは 10)。</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file too (also BENCHCONNECT_CA_BUNDLE).</source>
        <translation>この PEM ファイルの CA 証明書も信頼する (BENCHCONNECT_CA_BUNDLE でも指定可)。</translation>
    </message>
    <message>
        <source>Do not verify the server's TLS certificate. Only on a network you trust.</source>
        <translation>サーバーの TLS 証明書を検証しない。信頼できるネットワーク上でのみ使うこと。</translation>
    </message>
    <message>
        <source>--retry-deadline "%1" is not a number of seconds.</source>
        <translation>--retry-deadline "%1" は秒数ではありません。</translation>
    </message>
    <message>
        <source>--timeout "%1" is not a positive number of seconds.</source>
        <translation>--timeout "%1" は正の秒数ではありません。</translation>
    </message>
    <message>
        <source>%1: cannot read the CA bundle.</source>
        <translation>%1: CA バンドルを読めません。</translation>
    </message>
    <message>
        <source>--insecure: the server's TLS certificate is not verified; anyone on the network path could read the credentials and results.</source>
        <translation>--insecure: サーバーの TLS 証明書を検証しません。ネットワーク経路上の誰でも認証情報と結果を読めるおそれがあります。</translation>
    </message>
    <message>
        <source>%1 (nothing was sent)</source>
        <translation>%1 (何も送信していません)</translation>
    </message>
    <message>
        <source>%1: %2 (nothing was sent)</source>
        <translation>%1: %2 (何も送信していません)</translation>
    </message>
    <message>
        <source>The input holds no JSON objects.</source>
        <translation>入力に JSON オブジェクトがありません。</translation>
    </message>
    <message>
        <source>The input holds more than one JSON object; give one.</source>
        <translation>入力に複数の JSON オブジェクトがあります。1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>Standard input is not a terminal, but nothing came on it within %L1 s: it is not read, as if no %2 were given. Give "-" to wait for it, or redirect it from /dev/null to say there is none.</source>
        <translation>標準入力は端末ではありませんが、%L1 秒以内に何も届きませんでした。%2 が指定されなかったものとして、標準入力は読み込みません。待つには "-" を指定し、入力がないことを示すには /dev/null からリダイレクトしてください。</translation>
    </message>
    <message>
        <source>Stopping: no new results are sent; waiting for the requests under way. What was not sent stays in the outbox (benchconnect outbox retry). Press Ctrl-C again to quit now.</source>
        <translation>停止中: 新しい結果は送信せず、処理中のリクエストを待っています。送信されなかったものは送信トレイに残ります (benchconnect outbox retry)。すぐに終了するにはもう一度 Ctrl-C を押してください。</translation>
    </message>
    <message>
        <source>%1: not stored: %2</source>
        <translation>%1: 保存されませんでした: %2</translation>
    </message>
    <message>
        <source>Results sent: %L1, failed: %L2, kept in the outbox: %L3 (to %4, in %L5 s).</source>
        <translation>送信した結果: %L1 件、失敗: %L2 件、送信トレイに保持: %L3 件 (送信先 %4、所要 %L5 s)。</translation>
    </message>
    <message>
        <source>The outbox (%1) keeps what was not stored; send it with "benchconnect outbox retry".</source>
        <translation>保存されなかったものは送信トレイ (%1) に保持されています。"benchconnect outbox retry" で送信してください。</translation>
    </message>
    <message>
        <source>This Conbench server keeps runs implicitly: a run exists through its results (the server answered 405 to the run endpoint). %1</source>
        <translation>この Conbench サーバーはランを暗黙的に管理します。ランは結果を通じて存在します (ランのエンドポイントにサーバーが 405 を返しました)。%1</translation>
    </message>
    <message>
        <source>A run's field is "%1"; "%2" is the name results use ("start run" and "augment run" accept both).</source>
        <translation>ランのフィールド名は "%1" です。"%2" は結果が使う名前です ("start run" と "augment run" はどちらも受け付けます)。</translation>
    </message>
    <message>
        <source>Keep results in DIR until the server confirmed them (default ~/.local/share/benchconnect/outbox; also BENCHCONNECT_OUTBOX). A result the server refuses (400) is kept there apart as refused and not sent again; the others are still sent (see "benchconnect outbox retry --help").</source>
        <translation>サーバーが受領を確認するまで結果を DIR に保持する (既定値 ~/.local/share/benchconnect/outbox。BENCHCONNECT_OUTBOX でも指定可)。サーバーが拒否した結果 (400) は拒否済みとして別に保持し、再送信しない。それ以外の結果は引き続き送信する ("benchconnect outbox retry --help" を参照)。</translation>
    </message>
    <message>
        <source>%1: refused by the server: %2</source>
        <translation>%1: サーバーが拒否しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln results refused by the server (%1): %2</source>
        <translation>
            <numerusform>サーバーが %Ln 件の結果を拒否しました (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results not stored (%1): %2</source>
        <translation>
            <numerusform>%Ln 件の結果が保存されませんでした (%1): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more results not stored for other reasons (see benchconnect outbox list).</source>
        <translation>
            <numerusform>ほかに %Ln 件の結果が別の理由で保存されませんでした (benchconnect outbox list を参照)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were found stored already and not sent again.</source>
        <translation>
            <numerusform>そのうち %Ln 件は既に保存されていたため、再送信しませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln results the server refused are kept apart in the outbox (%1): "benchconnect outbox retry" does not send them again, since they cannot be stored as they are. Correct and submit them again, then remove them with "benchconnect outbox drop".</source>
        <translation>
            <numerusform>サーバーが拒否した %Ln 件の結果は、送信トレイ (%1) に別に保持されています。そのままでは保存できないため、"benchconnect outbox retry" は再送信しません。修正して送信し直してから、"benchconnect outbox drop" で削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Sending stopped. "benchconnect outbox retry" looks up what the server holds before it sends again.</source>
        <translation>%1。送信を停止しました。"benchconnect outbox retry" は再送信の前に、サーバーが保持しているものを確認します。</translation>
    </message>
    <message>
        <source>Take the server's URL, e-mail, CA bundle and insecure flag from the server profile NAME in the window's settings file (also BENCHCONNECT_PROFILE). CONBENCH_URL, CONBENCH_EMAIL and BENCHCONNECT_CA_BUNDLE, when set, win over the profile; the password comes from CONBENCH_PASSWORD.</source>
        <translation>サーバーの URL、メールアドレス、CA バンドル、insecure フラグを、ウィンドウの設定ファイルにあるサーバープロファイル NAME から取得する (BENCHCONNECT_PROFILE でも指定可)。CONBENCH_URL、CONBENCH_EMAIL、BENCHCONNECT_CA_BUNDLE が設定されていれば、プロファイルより優先される。パスワードは CONBENCH_PASSWORD から取得する。</translation>
    </message>
    <message>
        <source>--profile is empty; give the name of a server profile.</source>
        <translation>--profile が空です。サーバープロファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>The server profile "%1" does not verify the server's TLS certificate; anyone on the network path could read the credentials and results.</source>
        <translation>サーバープロファイル "%1" はサーバーの TLS 証明書を検証しません。ネットワーク経路上の誰もが認証情報と結果を読み取れます。</translation>
    </message>
    <message>
        <source>At the end, compare the run with its baseline as "compare run" does, with the options below (the output format is --compare-format here).</source>
        <translation>最後に、"compare run" と同様に、以下のオプションでランをベースラインと比較する (出力形式はここでは --compare-format で指定)。</translation>
    </message>
    <message>
        <source>--%1 is used only with --compare; ignoring it.</source>
        <translation>--%1 は --compare と共に指定した場合にのみ使われます。無視します。</translation>
    </message>
    <message>
        <source>--max-in-flight "%1" is neither "auto" nor a number from 1 to 64.</source>
        <translation>--max-in-flight "%1" は "auto" でも 1 から 64 までの数でもありません。</translation>
    </message>
    <message>
        <source>Send up to N requests at once, or "auto" (the default; also BENCHCONNECT_MAX_IN_FLIGHT): start with 4, double while the answers stay as fast, then move by one as fewer or more of them wait in a queue; go down on 429/503 answers and time-outs, and never above 16.</source>
        <translation>最大 N 個のリクエストを同時に送る。または "auto" (既定値。BENCHCONNECT_MAX_IN_FLIGHT でも指定可): 4 から始め、応答が遅くならない間は倍にし、その後は待ち行列で待つリクエストの数に応じて 1 ずつ増減する。429/503 の応答やタイムアウトで減らす。最大 16。</translation>
    </message>
    <message>
        <source>Interrupted while reading the input: nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>入力の読み込み中に中断されました: 何も送信されず、送信トレイにも何も残されていません。</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. What the server has not confirmed stays in the outbox (%1); "benchconnect outbox retry" sends it, and looks up first what the server stored already, so that nothing is stored twice.</source>
        <translation>再び中断されたため、ただちに終了しました。サーバーが確認していないものは送信トレイ (%1) に残ります。"benchconnect outbox retry" がそれを送信します。その際、サーバーが保存済みのものを先に調べるので、二重に保存されることはありません。</translation>
    </message>
    <message>
        <source>Interrupted again: quit at once. Nothing was sent.</source>
        <translation>再び中断されたため、ただちに終了しました。何も送信していません。</translation>
    </message>
    <message>
        <source>Interrupted again while reading the input: quit at once. Nothing was sent, and nothing of it was kept in the outbox.</source>
        <translation>入力の読み込み中に再び中断されたため、ただちに終了しました。何も送信しておらず、送信トレイにも何も残していません。</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted before the first result was sent: nothing was sent. The %Ln results written to the outbox (%1) wait there; send them with "benchconnect outbox retry".</source>
        <translation>
            <numerusform>最初の結果を送信する前に中断されました: 何も送信されていません。送信トレイ (%1) に書き込まれた %Ln 件の結果はそこで待機しています。"benchconnect outbox retry" で送信してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a server profile</source>
        <translation>サーバープロファイルを追加します</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected profile and its password in the keychain</source>
        <translation>選択したプロファイルと、キーチェーン内のそのパスワードを削除します</translation>
    </message>
    <message>
        <source>staging, production…</source>
        <translation>staging、production…</translation>
    </message>
    <message>
        <source>The profile's name, as the window's picker and "benchconnect --profile" take it</source>
        <translation>プロファイルの名前。ウィンドウの選択欄と "benchconnect --profile" で使います</translation>
    </message>
    <message>
        <source>https://conbench.example.org</source>
        <translation>https://conbench.example.org</translation>
    </message>
    <message>
        <source>The Conbench server's address, without /api</source>
        <translation>Conbench サーバーのアドレス (/api なし)</translation>
    </message>
    <message>
        <source>the account to log in with</source>
        <translation>ログインに使うアカウント</translation>
    </message>
    <message>
        <source>Kept in the system keychain under the profile's name, never in a file. The command-line program takes it from CONBENCH_PASSWORD.</source>
        <translation>プロファイルの名前でシステムのキーチェーンに保存され、ファイルには保存されません。コマンドラインプログラムは CONBENCH_PASSWORD から取得します。</translation>
    </message>
    <message>
        <source>the system's certificates</source>
        <translation>システムの証明書</translation>
    </message>
    <message>
        <source>Extra CA certificates (a PEM file) to trust for this server</source>
        <translation>このサーバーで追加で信頼する CA 証明書 (PEM ファイル)</translation>
    </message>
    <message>
        <source>Choose the PEM file</source>
        <translation>PEM ファイルを選択します</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Do not verify the TLS certificate (only on a network you trust)</source>
        <translation>TLS 証明書を検証しない (信頼できるネットワークでのみ)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メールアドレス(&amp;E):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>CA バンドル(&amp;C):</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>Applies from the next start. BENCHCONNECT_LANGUAGE, when set, wins.</source>
        <translation>次回の起動から適用されます。BENCHCONNECT_LANGUAGE が設定されていれば、そちらが優先されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>新しいサーバー</translation>
    </message>
    <message>
        <source>New server %1</source>
        <translation>新しいサーバー %1</translation>
    </message>
    <message>
        <source>A profile has no name; give it one.</source>
        <translation>名前のないプロファイルがあります。名前を付けてください。</translation>
    </message>
    <message>
        <source>Two profiles are named "%1"; give each its own name.</source>
        <translation>2 つのプロファイルが "%1" という名前です。それぞれ別の名前を付けてください。</translation>
    </message>
    <message>
        <source>Profile "%1": %2</source>
        <translation>プロファイル "%1": %2</translation>
    </message>
    <message>
        <source>The URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Profile "%1": the CA bundle %2 cannot be read.</source>
        <translation>プロファイル "%1": CA バンドル %2 を読み込めません。</translation>
    </message>
</context>
<context>
    <name>StartRunCommand</name>
    <message>
        <source>Start a run: create it and write the state file.</source>
        <translation>ランを開始する: ランを作成して状態ファイルを書き込む。</translation>
    </message>
    <message>
        <source>Not sent and not kept, since this server keeps nothing of a run but what its results carry (its id, name, reason, github and machine_info or cluster_info): %1.</source>
        <translation>このサーバーはランについて結果が持つもの (id、name、reason、github、machine_info または cluster_info) しか保持しないため、次のものは送信も保持もしません: %1。</translation>
    </message>
    <message>
        <source>Not a field of a run, so not sent and not kept: %1 (a server up to August 2023 refuses a run that holds it).</source>
        <translation>ランのフィールドではないため、次のものは送信も保持もしません: %1 (2023 年 8 月までのサーバーは、これを含むランを拒否します)。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>A run is started already here (%1). Finish it with "benchconnect finish run", or remove the file to abandon it.</source>
        <translation>このディレクトリでは既にランが開始されています (%1)。"benchconnect finish run" で終了するか、ファイルを削除してランを放棄してください。</translation>
    </message>
    <message>
        <source>The state file is written; the run appears with its first result.</source>
        <translation>状態ファイルを書き込みました。ランは最初の結果とともに表示されます。</translation>
    </message>
    <message>
        <source>The run was not created: %1</source>
        <translation>ランを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Fills in the defaults of the run (as "augment run" does), makes sure that benchconnect-state.json can be written in the current directory (no run is created when it cannot), creates the run on the server, and only then writes the file, holding what every result of the run shares (run_id, run_name, run_reason, github, machine_info or cluster_info), the server's URL, which "submit result" and "finish run" must use too, and the generation of the server's API as its answer shows it (2023 when it created the run, current when it answered 405), whose rules "submit result" checks each result with before sending. Prints the run's id.

Then "submit result" adds results to the run, and "finish run" ends it and removes the state file. Without JSON input the run gets only its defaults. Standard input is read when nothing else is given and it is not a terminal; when nothing comes on it within 2 s (a pipe a CI runner leaves open), it is not waited for, with a warning ("-" waits for it). "run_reason" and "run_name", the names results use, are taken as the run's "reason" and "name".

Servers since late 2023 keep runs implicitly, through their results: they answer 405 to run creation, which is reported once; the state file is written all the same.</source>
        <translation>ランの既定値を補完し ("augment run" と同様)、カレントディレクトリに benchconnect-state.json を書き込めることを確かめ (書き込めなければランは作成しない)、サーバー上にランを作成してから、そのファイルを書き込む。このファイルには、ランのすべての結果に共通の内容 (run_id、run_name、run_reason、github、machine_info または cluster_info)、"submit result" と "finish run" も使うべきサーバーの URL、そしてサーバーの応答からわかる API の世代 (ランを作成した場合は 2023、405 を応答した場合は current) が保持され、"submit result" は送信前にこの世代のルールで各結果を検査する。ランの ID を出力する。

その後、"submit result" でランに結果を追加し、"finish run" でランを終了して状態ファイルを削除する。JSON 入力がなければ、ランには既定値だけが設定される。ほかに何も指定されず標準入力が端末でなければ、標準入力を読み込む。2 秒以内に何も届かない場合 (CI ランナーが開いたままにするパイプなど) は待たずに警告を出す ("-" を指定すると待つ)。結果で使う名前 "run_reason" と "run_name" は、ランの "reason" と "name" として扱う。

2023 年後半以降のサーバーは結果を通じてランを暗黙的に管理する: ランの作成には 405 を応答し、これは 1 度だけ報告される。状態ファイルはそれでも書き込まれる。</translation>
    </message>
    <message>
        <source>%1 (no run was created)</source>
        <translation>%1 (ランは作成されていません)</translation>
    </message>
    <message>
        <source>%1. Run %2 was created on the server all the same, and nothing here can continue it; mark it finished with: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</source>
        <translation>%1。ラン %2 はそれでもサーバー上に作成されており、ここからは続行できません。次のコマンドで終了済みにしてください: benchconnect put run --json '{"id": "%2", "finished_timestamp": "%3"}'</translation>
    </message>
</context>
<context>
    <name>SubmitResultCommand</name>
    <message>
        <source>Add results to the started run, fill in defaults, post them.</source>
        <translation>開始したランに結果を追加する: 既定値を補完して送信する。</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Needs a run started here with "start run". Each result gets the run's fields from benchconnect-state.json (run_id, run_name, run_reason, github, machine_info or cluster_info), then its defaults as "augment result" fills them, and is posted to the server the run was started on: another CONBENCH_URL is an error.

A field that the result and the run both hold with different values is an error. All of the input is read and checked before anything is sent, as "check result" checks it, with the rules of the server's generation that "start run" found: when any result is one the server would refuse, each such result is named with the field and the reason, and nothing is written to the outbox or sent. A result whose answer is lost on the way is looked up on the server before it is sent again, so none is stored twice.

--path may also be a benchmark tool's output, or a folder mixing tools' files and Conbench's JSON: with --format auto (the default) each file is read in the format its content shows (--verbose says which), as "adapt" reads it; a file in no known format is an error naming it.</source>
        <translation>ここで "start run" により開始したランが必要。各結果には benchconnect-state.json からランのフィールド (run_id、run_name、run_reason、github、machine_info または cluster_info) を付け、次に "augment result" と同様に既定値を補完し、ランを開始したサーバーに送信する: 異なる CONBENCH_URL はエラーになる。

結果とランの両方が異なる値で持つフィールドはエラーになる。何かを送信する前に、入力全体を読み込み、"check result" と同様に、"start run" が判別したサーバーの世代のルールで検査する: サーバーが拒否する結果があれば、そのような結果ごとにフィールドと理由を示し、送信トレイへの書き込みも送信も行わない。途中で応答が失われた結果は、再送信の前にサーバー上で確認するため、二重に保存されることはない。

--path にはベンチマークツールの出力や、ツールのファイルと Conbench の JSON が混在したフォルダーも指定できる: --format auto (既定値) では、"adapt" と同様に、各ファイルをその内容が示す形式で読み込む (どの形式かは --verbose で表示)。既知の形式でないファイルは、そのファイル名を示してエラーになる。</translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>BENCHCONNECT_LANGUAGE "%1" is not a language; the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE "%1" は言語ではありません。メッセージは英語のままです。</translation>
    </message>
    <message>
        <source>There is no translation for BENCHCONNECT_LANGUAGE "%1" (there are: %2); the messages stay in English.</source>
        <translation>BENCHCONNECT_LANGUAGE "%1" の翻訳はありません (翻訳があるのは %2)。メッセージは英語のままです。</translation>
    </message>
</context>
<context>
    <name>VitestAdapter</name>
    <message>
        <source>not Vitest benchmark JSON: it has no "files" list</source>
        <translation>Vitest のベンチマーク JSON ではありません: "files" リストがありません</translation>
    </message>
    <message>
        <source>%1: a sample of "%2" is not a number</source>
        <translation>%1: "%2" のサンプルが数値ではありません</translation>
    </message>
    <message>
        <source>%1: benchmark %2: %3</source>
        <translation>%1: ベンチマーク %2: %3</translation>
    </message>
    <message>
        <source>Vitest recorded no measurement for this benchmark: it threw or did not finish (see Vitest's own output for the reason)</source>
        <translation>Vitest はこのベンチマークの測定値を記録していません: 例外が発生したか完了しませんでした (理由は Vitest 自体の出力を参照してください)</translation>
    </message>
    <message>
        <source>Vitest took no samples of this benchmark (sampleCount 0), so it has no measurement: it did not run within the time the bench allowed (give it more time or iterations) or it threw (see Vitest's own output)</source>
        <translation>Vitest はこのベンチマークのサンプルを取りませんでした (sampleCount 0)。測定値はありません: bench が許す時間内に実行されなかった (時間または反復回数を増やしてください) か、例外を投げました (Vitest 自身の出力を参照)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln benchmarks hold no samples (Vitest's JSON leaves them out); their mean stands for the data, with the summary statistics beside it.</source>
        <translation>
            <numerusform>%Ln 個のベンチマークにサンプルがありません (Vitest の JSON には含まれません)。平均値をデータの代わりに使い、要約統計量を併記します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Vitest benchmark JSON (vitest bench --outputJson)</source>
        <translation>Vitest のベンチマーク JSON (vitest bench --outputJson)</translation>
    </message>
</context>
<context>
    <name>WatchCommand</name>
    <message>
        <source>Watch a results folder: one run per finished subfolder, sent exactly once.</source>
        <translation>結果フォルダーを監視する: 完成したサブフォルダーごとに 1 つのラン、送信は 1 度だけ。</translation>
    </message>
    <message>
        <source>Watches DIR, where benchmark rigs write one subfolder of result files per build or per night, and sends each subfolder as one run once it is complete: when it holds the marker file (--done-marker, default .done) or, with --settle, when nothing in it changed for that long. For a complete folder the run is started (reason --reason, default lab; the folder's optional run.json may give the run's reason, name, info, github, tags and hardware), every result file in it is submitted (Conbench JSON and every tool format "adapt" reads, recognised by their content), and the run is finished. New folders are noticed at once on local disks and by a rescan (--rescan, default every 30 s) on network shares.

Each folder is sent exactly once, across restarts: a journal beside the outbox records each folder's state (waiting, run started with its id, results in the outbox, done, failed with the reason). Killed at any moment and started again, watch continues what it had started with the same run id, and stores no result twice. A folder whose files change after it was sent is reported and not sent again, unless --resend-changed is given. While the server cannot be reached, complete folders are recorded and sent in order once it is back; a folder the server refuses is marked failed with the server's reason, and the others go on.

One line per run goes to standard error: the time, the folder, the run id, the results sent and the time taken. Ctrl-C or SIGTERM finishes the requests under way and stops; what was not sent is continued on the next start. Only one watcher (this command or the window's watch mode) may watch a directory at a time.

watch --status [DIR] prints each folder's state from the journal (every watched directory's without DIR) and talks to no server.</source>
        <translation>DIR を監視する。DIR には計測マシンがビルドごとまたは夜ごとに結果ファイルのサブフォルダーを 1 つ書き込む。各サブフォルダーは完成した時点で 1 つのランとして送信する: 完成とは、マーカーファイル (--done-marker、既定値 .done) を含んだとき、または --settle を指定した場合は、その時間だけ中身が変化しなかったとき。完成したフォルダーについてはランを開始し (理由は --reason、既定値 lab。フォルダーに任意で置く run.json でランの理由、名前、info、github、tags、hardware を指定できる)、中のすべての結果ファイルを送信し (Conbench の JSON と "adapt" が読めるすべてのツール形式。内容から判別)、ランを終了する。新しいフォルダーは、ローカルディスクではすぐに、ネットワーク共有では再スキャン (--rescan、既定値 30 s ごと) で検出する。

各フォルダーは再起動をまたいでも 1 度だけ送信する: 送信トレイの隣にある監視記録が、各フォルダーの状態 (待機中、ランを開始済み (ID 付き)、結果が送信トレイにある、完了、失敗 (理由付き)) を記録する。いつ強制終了されても、再び起動すれば watch は開始済みの処理を同じラン ID で続行し、結果を二重に保存しない。送信後にファイルが変更されたフォルダーは報告するだけで、--resend-changed を指定しない限り再送信しない。サーバーに到達できない間は、完成したフォルダーを記録しておき、サーバーが復帰したら順に送信する。サーバーが拒否したフォルダーはサーバーの理由とともに失敗として記録し、他のフォルダーは続行する。

ランごとに 1 行を標準エラー出力に出す: 時刻、フォルダー、ラン ID、送信した結果、所要時間。Ctrl-C または SIGTERM で処理中のリクエストを終えてから停止する。送信されなかったものは次回の起動時に続行する。1 つのディレクトリを同時に監視できるのは 1 つの監視機能 (このコマンドまたはウィンドウの監視モード) だけ。

watch --status [DIR] は監視記録から各フォルダーの状態を出力し (DIR がなければ監視したすべてのディレクトリのもの)、サーバーとは通信しない。</translation>
    </message>
    <message>
        <source>The directory whose subfolders are runs.</source>
        <translation>サブフォルダーがランとなるディレクトリ。</translation>
    </message>
    <message>
        <source>A folder is complete once it holds a file of this name (default .done).</source>
        <translation>この名前のファイルを含んだ時点でフォルダーを完成とみなす (既定値 .done)。</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for SECONDS.</source>
        <translation>SECONDS 秒間中身が変化しなかった場合もフォルダーを完成とみなす。</translation>
    </message>
    <message>
        <source>The run's reason, unless run.json gives one (default lab).</source>
        <translation>ランの理由。run.json で指定がない場合に使う (既定値 lab)。</translation>
    </message>
    <message>
        <source>Send what is complete now, then exit (for cron jobs and systemd timers).</source>
        <translation>今完成しているものを送信して終了する (cron ジョブや systemd タイマー向け)。</translation>
    </message>
    <message>
        <source>Send up to N folders at once (default 1).</source>
        <translation>最大 N 個のフォルダーを同時に送信する (既定値 1)。</translation>
    </message>
    <message>
        <source>Move each folder that was sent into DIR (default: leave it and record it).</source>
        <translation>送信した各フォルダーを DIR に移動する (既定: そのまま残して記録する)。</translation>
    </message>
    <message>
        <source>Send a folder whose files changed after it was sent again, as a new run.</source>
        <translation>送信後にファイルが変更されたフォルダーを、新しいランとして再送信する。</translation>
    </message>
    <message>
        <source>Look for new folders every SECONDS too, for network shares (default 30).</source>
        <translation>SECONDS 秒ごとにも新しいフォルダーを探す。ネットワーク共有向け (既定値 30)。</translation>
    </message>
    <message>
        <source>Print each folder's state from the journal (done, waiting, sending, failed) and exit.</source>
        <translation>監視記録から各フォルダーの状態 (完了、待機中、送信中、失敗) を出力して終了する。</translation>
    </message>
    <message>
        <source>%1 has not been watched yet (no journal in %2).</source>
        <translation>%1 はまだ監視されていません (%2 に監視記録がありません)。</translation>
    </message>
    <message>
        <source>No directory has been watched yet (no journal in %1).</source>
        <translation>まだどのディレクトリも監視されていません (%1 に監視記録がありません)。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>ラン %1</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln results sent</source>
        <translation>
            <numerusform>%Ln 件中 %L1 件の結果を送信済み</numerusform>
        </translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(アーカイブ済み)</translation>
    </message>
    <message>
        <source>(changed after it was sent; not sent again)</source>
        <translation>(送信後に変更されたため再送信しない)</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Give the directory to watch (see benchconnect watch --help).</source>
        <translation>監視するディレクトリを指定してください (benchconnect watch --help を参照)。</translation>
    </message>
    <message>
        <source>Give one directory to watch (see benchconnect watch --help).</source>
        <translation>監視するディレクトリを 1 つだけ指定してください (benchconnect watch --help を参照)。</translation>
    </message>
    <message>
        <source>--done-marker "%1" is a path; give a file name.</source>
        <translation>--done-marker "%1" はパスです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a whole number from %3 to %4.</source>
        <translation>--%1 "%2" は %3 から %4 までの整数ではありません。</translation>
    </message>
    <message>
        <source>--archive must be another directory than the one watched.</source>
        <translation>--archive には監視対象とは別のディレクトリを指定してください。</translation>
    </message>
    <message>
        <source>%1: not a directory; give the folder the rigs write their results into.</source>
        <translation>%1: ディレクトリではありません。計測マシンが結果を書き込むフォルダーを指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3, %Ln results sent in %L4 s</source>
        <translation>
            <numerusform>%1 %2: ラン %3、%Ln 件の結果を %L4 s で送信</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: not sent, and tried again once its files change: %3</source>
        <translation>%1 %2: 送信されていません。ファイルが変更されたらもう一度試します: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: run %3 failed, %L4 of %Ln results sent in %L5 s: %6</source>
        <translation>
            <numerusform>%1 %2: ラン %3 が失敗、%Ln 件中 %L4 件の結果を %L5 s で送信: %6</numerusform>
        </translation>
    </message>
    <message>
        <source>Watching %1 (journal %2); Ctrl-C stops.</source>
        <translation>%1 を監視中 (監視記録 %2)。Ctrl-C で停止します。</translation>
    </message>
    <message>
        <source>Stopping: the requests under way are finished; what was not sent is continued on the next start. Press Ctrl-C again to quit now.</source>
        <translation>停止中: 処理中のリクエストを終えます。送信されなかったものは次回の起動時に続行します。すぐに終了するにはもう一度 Ctrl-C を押してください。</translation>
    </message>
    <message>
        <source>Folders sent: %1, failed: %2.</source>
        <translation>送信したフォルダー: %1、失敗: %2。</translation>
    </message>
    <message>
        <source>The server could not be reached; the folders not sent wait in the journal and are sent on the next start.</source>
        <translation>サーバーに到達できませんでした。送信されなかったフォルダーは監視記録で待機し、次回の起動時に送信されます。</translation>
    </message>
</context>
<context>
    <name>WatchJournal</name>
    <message>
        <source>%1: cannot create the watch journal's directory: %2</source>
        <translation>%1: 監視記録のディレクトリを作成できません: %2</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 (%3); stop it first, since two watchers would send the same folders.</source>
        <translation>%1 は既にプロセス %2 (%3) が監視しています。2 つの監視機能が同じフォルダーを送信してしまうため、先にそちらを停止してください。</translation>
    </message>
    <message>
        <source>%1 is being watched already by process %2 on %3 (%4); stop it first, since two watchers would send the same folders. If that process is gone, remove %5.</source>
        <translation>%1 は既に %3 のプロセス %2 (%4) が監視しています。2 つの監視機能が同じフォルダーを送信してしまうため、先にそちらを停止してください。そのプロセスが既に存在しない場合は %5 を削除してください。</translation>
    </message>
    <message>
        <source>%1: cannot take the watch lock (%2).</source>
        <translation>%1: 監視のロックを取得できません (%2)。</translation>
    </message>
    <message>
        <source>The watch journal was written by a newer version of benchconnect.</source>
        <translation>監視記録は新しいバージョンの benchconnect で書き込まれています。</translation>
    </message>
    <message>
        <source>%1: cannot read the watch journal: %2</source>
        <translation>%1: 監視記録を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the watch journal: %2</source>
        <translation>%1: 監視記録に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>WatchView</name>
    <message>
        <source>Watch folder — benchconnect</source>
        <translation>フォルダーを監視 — benchconnect</translation>
    </message>
    <message>
        <source>Each subfolder of the watched folder is sent as one run once it holds a .done file (or, with a settle time, once nothing in it changed for that long). Each folder is sent once, also after a restart.</source>
        <translation>監視するフォルダーの各サブフォルダーは、.done ファイルを含んだ時点で (安定待ち時間を指定した場合は、その時間だけ中身が変化しなかった時点で) 1 つのランとして送信されます。各フォルダーは再起動後も含めて 1 度だけ送信されます。</translation>
    </message>
    <message>
        <source>The folder the rigs write their results into</source>
        <translation>計測マシンが結果を書き込むフォルダー</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>S&amp;ettle:</source>
        <translation>安定待ち(&amp;E):</translation>
    </message>
    <message>
        <source>marker only</source>
        <translation>マーカーのみ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A folder is complete too once nothing in it changed for this long</source>
        <translation>この時間だけ中身が変化しなかった場合もフォルダーを完成とみなします</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>送信した結果</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>ラン</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>監視するフォルダー</translation>
    </message>
    <message>
        <source>Choose the folder to watch first.</source>
        <translation>先に監視するフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>(changed after it was sent)</source>
        <translation>(送信後に変更されています)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 件中 %1 件</translation>
    </message>
</context>
</TS>