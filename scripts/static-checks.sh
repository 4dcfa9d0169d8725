#!/usr/bin/env bash
# The three static checks, each failing on any finding:
#   clang-format  every C++ file of the tree is formatted as .clang-format says (test data such as
#                 tests/core/data/** is left as the tools wrote it)
#   cppcheck      core/, cli/, app/, tests/server/ (warnings, performance, portability)
#   clang-tidy    the checks of .clang-tidy over the program's sources (core/, cli/, app/,
#                 tests/server/), with the compile commands of a configured build (STATIC_BUILD_DIR,
#                 default build-static; configured here when missing)
#   ./scripts/static-checks.sh [format|cppcheck|tidy]...   (all three by default)
set -euo pipefail
cd "$(dirname "$0")/.."
checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(format cppcheck tidy)

./scripts/install-deps.sh --static

sources() { git ls-files -co --exclude-standard -- "$@" | grep -E '\.(cpp|h)$' | grep -v -e '^tests/core/data/' -e '^build'; }
failed=()

for check in "${checks[@]}"; do
    start=$(date +%s)
    case $check in
    format)
        echo "== clang-format ($(clang-format --version | grep -o 'version [0-9.]*'))"
        if sources . | xargs -r clang-format --dry-run --Werror; then
            echo "clang-format: $(sources . | wc -l) files formatted"
        else
            echo "clang-format: the files above are not formatted; run clang-format -i on them"
            failed+=(clang-format)
        fi
        ;;
    cppcheck)
        echo "== cppcheck ($(cppcheck --version))"
        # Style findings are left out: shadowed getter names and loops that could be STL algorithms
        # are how Qt code reads, not bugs.
        if cppcheck -q -j"$(nproc)" --enable=warning,performance,portability --std=c++20 --library=qt \
            --inline-suppr --error-exitcode=1 -DQ_OBJECT= -I core -I core/adapters -I cli -I app \
            --suppress=missingIncludeSystem --template='{file}:{line}: {severity}: {message} [{id}]' \
            core cli app tests/server; then
            echo "cppcheck: no findings"
        else
            failed+=(cppcheck)
        fi
        ;;
    tidy)
        echo "== clang-tidy ($(clang-tidy --version | grep -o 'version [0-9.]*'))"
        build=${STATIC_BUILD_DIR:-build-static}
        if [ ! -f "$build/compile_commands.json" ]; then
            ./scripts/install-deps.sh
            cmake -S . -B "$build" -G Ninja -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null
        fi
        # The moc and resource files are generated at build time; the sources analysed include
        # none of them, so the build is only configured.
        mapfile -t files < <(sources core cli app tests/server | grep '\.cpp$' | grep -v '/tst_')
        if run-clang-tidy -quiet -p "$build" -j "$(nproc)" "${files[@]/#/$(pwd)/}" 2>&1 | sed "s/\x1b\[[0-9;]*m//g" >"$build/clang-tidy.log" \
            && ! grep -q -E '(warning|error): ' "$build/clang-tidy.log"; then
            echo "clang-tidy: ${#files[@]} files, no findings"
        else
            grep -E -A3 '(warning|error): ' "$build/clang-tidy.log" || tail -n 40 "$build/clang-tidy.log"
            failed+=(clang-tidy)
        fi
        ;;
    *)
        echo "unknown check: $check (format, cppcheck or tidy)"
        exit 2
        ;;
    esac
    echo "$check: $(($(date +%s) - start)) s"
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "Static checks failed: ${failed[*]}"
    exit 1
fi
echo "Static checks passed."
