#!/usr/bin/env bash
# Edit-build cost of the GraphDsl generator, as a developer sees it.
#
# Makes two throwaway console projects in a temp dir:
#   with/     runtime + the generator (built once in Release, as Analyzer items, as a package delivers it) + the InvokeAI 6.14 schema as AdditionalFiles
#   without/  the same project without the analyzer and the schema
# builds each once to warm (restore, referenced projects, build servers), then N times appends a comment to
# Program.cs and times `dotnet build --no-restore`, with the compiler server and MSBuild node reuse on.
# Prints the median of each, the difference, and the generator's own time from -p:ReportAnalyzer=true.
#
# The generator, the runtime and the schema are copied into the temp dir first (from git HEAD by default), so the
# measurement neither writes into the repo's bin/obj nor sees edits made to the repo while it runs.
#
# Usage: benchmarks/edit-build.sh [N]      N defaults to 5.
#   SOURCE=worktree   measure the work tree instead of HEAD (SOURCE=<commit> for another commit)
#   QUIET_LOAD=1.0 QUIET_WAIT=600   wait up to QUIET_WAIT s for the 1-min load average to drop below QUIET_LOAD
#   WARM_EDITS=8      edit-builds of each project before measuring (the compiler server's JIT warms up)
#   KEEP=1            keep the temp dir (logs: warm-*.log, report-analyzer.log, perf-*.log, hyperfine.json)
set -euo pipefail

N="${1:-5}"
GOAL_SECONDS=1.5
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="$(mktemp -d -t graphdsl-edit-build.XXXXXX)"

# A developer's defaults: the shared compiler (VBCSCompiler) and MSBuild node reuse on. This sandbox's
# environment turns both off, so undo that here.
export UseSharedCompilation=true
export MSBUILDDISABLENODEREUSE=0
unset DOTNET_CLI_USE_MSBUILD_SERVER || true
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The build servers our builds start (VBCSCompiler, reusable MSBuild nodes) inherit this marker; at exit we end
# exactly those, by pid, and nothing else.
export GRAPHDSL_EDIT_BUILD="$WORK"
cleanup() {
    local pid
    for pid in $(pgrep -f 'VBCSCompiler|MSBuild\.dll.*nodemode' 2>/dev/null || true); do
        if tr '\0' '\n' 2>/dev/null < "/proc/$pid/environ" | grep -qxF "GRAPHDSL_EDIT_BUILD=$WORK"; then
            kill "$pid" 2>/dev/null || true
        fi
    done
    if [[ "${KEEP:-0}" != 1 ]]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap cleanup EXIT

# What to measure: the committed generator and runtime (default; SOURCE=HEAD or any commit), or SOURCE=worktree
# for the work tree as it is now, uncommitted edits included.
SOURCE="${SOURCE:-HEAD}"
echo "== snapshot of generator, runtime and schema ($SOURCE) into $WORK"
mkdir -p "$WORK/src"
if [[ "$SOURCE" == worktree ]]; then
    mkdir -p "$WORK/src/schemas"
    cp "$REPO/Directory.Build.props" "$WORK/src/"
    for d in generator/GraphDsl.Generator runtime/GraphDsl.Runtime; do
        mkdir -p "$WORK/src/$d"
        (cd "$REPO/$d" && tar --exclude=./bin --exclude=./obj -cf - .) | (cd "$WORK/src/$d" && tar -xf -)
    done
    cp "$REPO/schemas/invokeai-6.14.openapi.json" "$WORK/src/schemas/"
else
    git -C "$REPO" archive "$SOURCE" Directory.Build.props generator/GraphDsl.Generator runtime/GraphDsl.Runtime \
        schemas/invokeai-6.14.openapi.json | tar -x -C "$WORK/src"
    echo "   $(git -C "$REPO" log -1 --format='%h %s' "$SOURCE")"
fi
cp "$REPO/global.json" "$WORK/" 2>/dev/null || true
# Stop MSBuild looking above the temp dir for Directory.Build.* files.
printf '<Project />\n' > "$WORK/Directory.Build.props"
printf '<Project />\n' > "$WORK/Directory.Build.targets"

GEN="$WORK/src/generator/GraphDsl.Generator"
RT="$WORK/src/runtime/GraphDsl.Runtime"

write_project() { # dir with_schema(0|1)
    local dir="$1" with="$2"
    mkdir -p "$dir"
    {
        echo '<Project Sdk="Microsoft.NET.Sdk">'
        [[ "$with" == 1 ]] && echo "  <Import Project=\"$GEN/build/GraphDsl.props\" />"
        echo '  <PropertyGroup>'
        echo '    <OutputType>Exe</OutputType>'
        echo '    <TargetFramework>net10.0</TargetFramework>'
        echo '    <ImplicitUsings>enable</ImplicitUsings>'
        echo '    <Nullable>enable</Nullable>'
        [[ "$with" == 1 ]] && echo '    <DefineConstants>$(DefineConstants);WITH_SCHEMA</DefineConstants>'
        echo '  </PropertyGroup>'
        echo '  <ItemGroup>'
        echo "    <ProjectReference Include=\"$RT/GraphDsl.Runtime.csproj\" />"
        if [[ "$with" == 1 ]]; then
            # As a package delivers it: the built generator and the Scriban it bundles, as Analyzer items.
            echo "    <Analyzer Include=\"$ANALYZERS/GraphDsl.Generator.dll\" />"
            echo "    <Analyzer Include=\"$ANALYZERS/Scriban.Signed.dll\" />"
            echo "    <AdditionalFiles Include=\"$WORK/src/schemas/invokeai-6.14.openapi.json\" />"
        fi
        echo '  </ItemGroup>'
        echo '</Project>'
    } > "$dir/$(basename "$dir").csproj"
    cat > "$dir/Program.cs" <<'CS'
var graph = new GraphDsl.GraphBuilder();
#if WITH_SCHEMA
var add = new InvokeAI.Nodes.AddInvocation { A = 1 };
Console.WriteLine(add.GetType().Name);
#endif
Console.WriteLine(graph.GetType().Name);
CS
}

# The generator, built once in Release as a package would ship it, with the Scriban assembly it bundles beside it.
ANALYZERS="$WORK/analyzers"
echo "== generator (Release) into $ANALYZERS"
dotnet build "$GEN/GraphDsl.Generator.csproj" -c Release -v:q -nologo -o "$WORK/generator-out" > "$WORK/generator-build.log" 2>&1 \
    || { cat "$WORK/generator-build.log"; exit 1; }
mkdir -p "$ANALYZERS"
cp "$WORK/generator-out/GraphDsl.Generator.dll" "$ANALYZERS/"
SCRIBAN_VERSION="$(grep -o 'Include="Scriban.Signed" Version="[^"]*"' "$GEN/GraphDsl.Generator.csproj" | sed 's/.*Version="\([^"]*\)"/\1/')"
SCRIBAN="${NUGET_PACKAGES:-$HOME/.nuget/packages}/scriban.signed/$SCRIBAN_VERSION/lib/netstandard2.0/Scriban.Signed.dll"
[[ -f "$SCRIBAN" ]] || { echo "Scriban.Signed.dll not found in the NuGet cache" >&2; exit 1; }
cp "$SCRIBAN" "$ANALYZERS/"

write_project "$WORK/with" 1
write_project "$WORK/without" 0

echo "== warm-up builds (restore + referenced projects + build servers)"
for p in with without; do
    dotnet build "$WORK/$p/$p.csproj" -v:q -nologo > "$WORK/warm-$p.log" 2>&1 || { cat "$WORK/warm-$p.log"; exit 1; }
done
# The generated types really are there: the `with` build compiled `new InvokeAI.Nodes.AddInvocation`.
dotnet "$WORK/with/bin/Debug/net10.0/with.dll" > /dev/null

# A developer's compiler server has compiled many times before: its JIT has tiered up. A fresh server is still
# getting faster over its first dozen builds, so edit-build each project WARM_EDITS times (default 8) before measuring.
echo "== ${WARM_EDITS:-8} warm-up edit-builds each (compiler server and MSBuild nodes reach their steady state)"
for ((i = 0; i < ${WARM_EDITS:-8}; i++)); do
    for p in with without; do
        echo '// warm-up edit' >> "$WORK/$p/Program.cs"
        dotnet build "$WORK/$p/$p.csproj" --no-restore -v:q -nologo > /dev/null
    done
done

# This machine may be shared: wait (up to QUIET_WAIT seconds, default 600) for the 1-minute load average to drop
# below QUIET_LOAD (default 1.0; our own idle build servers add nothing), and record the load either side.
QUIET_LOAD="${QUIET_LOAD:-1.0}"
deadline=$(( $(date +%s) + ${QUIET_WAIT:-600} ))
while python3 -c "import sys; sys.exit(0 if float(open('/proc/loadavg').read().split()[0]) >= $QUIET_LOAD else 1)" \
      && (( $(date +%s) < deadline )); do
    echo "   waiting for a quiet machine (load $(cut -d' ' -f1 /proc/loadavg))"; sleep 15
done
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "== $N edit-builds each (append a comment to Program.cs, dotnet build --no-restore)"
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else printf "%.4f\n", (a[NR/2]+a[NR/2+1])/2}'; }

if command -v hyperfine > /dev/null; then
    TOOL="hyperfine $(hyperfine --version | awk '{print $2}')"
    hyperfine --runs "$N" --warmup 1 --style basic \
        --export-json "$WORK/hyperfine.json" \
        --prepare "echo '// edit' >> '$WORK/with/Program.cs'" \
        -n with "dotnet build '$WORK/with/with.csproj' --no-restore -v:q -nologo" \
        --prepare "echo '// edit' >> '$WORK/without/Program.cs'" \
        -n without "dotnet build '$WORK/without/without.csproj' --no-restore -v:q -nologo"
    read -r WITH WITHOUT < <(python3 -c "
import json, sys
r = {x['command']: x for x in json.load(open('$WORK/hyperfine.json'))['results']}
print(r['with']['median'], r['without']['median'])")
else
    TOOL="date +%s.%N"
    run_series() { # project -> one time per line
        local p="$1" i t0 t1
        for ((i = 0; i < N; i++)); do
            echo '// edit' >> "$WORK/$p/Program.cs"
            t0=$(date +%s.%N)
            dotnet build "$WORK/$p/$p.csproj" --no-restore -v:q -nologo > /dev/null
            t1=$(date +%s.%N)
            echo "$t1 - $t0" | bc -l
        done
    }
    WITH=$(run_series with | tee /dev/stderr | median)
    WITHOUT=$(run_series without | tee /dev/stderr | median)
fi

echo "== generator time reported by the compiler (-p:ReportAnalyzer=true -v:d, one more edit)"
echo '// edit' >> "$WORK/with/Program.cs"
dotnet build "$WORK/with/with.csproj" --no-restore -nologo -p:ReportAnalyzer=true -v:d > "$WORK/report-analyzer.log" 2>&1
# The compiler's report: total generator time, then one line per generator assembly and type.
GEN_REPORT="$(grep -E 'Total (analyzer|generator) execution time|GraphDsl\.Generator(, Version|\.GraphDslGenerator)|CompilerServer:' "$WORK/report-analyzer.log" \
    | sed -E 's/^ +//; s/ +/ /g' | sort -u)"
echo "${GEN_REPORT:-(no ReportAnalyzer lines found)}"
GEN_SECONDS="$(grep -E '^[0-9.<]+ [0-9<]+ GraphDsl\.Generator\.GraphDslGenerator' <<< "$GEN_REPORT" | awk '{print $1}' | head -1)"

echo "== where an edit-build's time goes (-clp:PerformanceSummary, one more edit each)"
for p in with without; do
    echo '// edit' >> "$WORK/$p/Program.cs"
    dotnet build "$WORK/$p/$p.csproj" --no-restore -nologo -v:q -clp:PerformanceSummary > "$WORK/perf-$p.log" 2>&1
    csc_ms="$(grep -E '^ +[0-9]+ ms +Csc +' "$WORK/perf-$p.log" | awk '{print $1}' | head -1)"
    echo "$p: Csc task (compile in the compiler server) ${csc_ms:-?} ms"
    eval "CSC_${p^^}=${csc_ms:-0}"
done

echo "== $N more edit-builds each, interleaved with/without: wall and CPU seconds (client + our build servers)"
# On a shared machine other load shifts wall times; CPU seconds spent by the build client, the compiler server and
# the MSBuild nodes barely move with it, and interleaving spreads any drift over both projects alike.
CLK="$(getconf CLK_TCK)"
server_ticks() { # utime+stime of the build-server processes our builds started
    local pid sum=0
    for pid in $(pgrep -f 'VBCSCompiler|MSBuild\.dll.*nodemode' 2>/dev/null || true); do
        if tr '\0' '\n' 2>/dev/null < "/proc/$pid/environ" | grep -qxF "GRAPHDSL_EDIT_BUILD=$WORK"; then
            sum=$(( sum + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
        fi
    done
    echo "$sum"
}
: > "$WORK/interleaved.tsv"
for ((i = 0; i < N; i++)); do
    for p in with without; do
        echo '// edit' >> "$WORK/$p/Program.cs"
        before=$(server_ticks)
        TIMEFORMAT='%R %U %S'
        client=$( { time dotnet build "$WORK/$p/$p.csproj" --no-restore -v:q -nologo > /dev/null 2>&1; } 2>&1 | tail -1)
        after=$(server_ticks)
        read -r wall user sys <<< "$client"
        cpu=$(python3 -c "print(f'{$user + $sys + ($after - $before) / $CLK:.3f}')")
        printf '%s\t%s\t%s\n' "$p" "$wall" "$cpu" | tee -a "$WORK/interleaved.tsv"
    done
done
read -r IWITH IWITHOUT CWITH CWITHOUT < <(python3 -c "
import statistics as s
rows = [l.split() for l in open('$WORK/interleaved.tsv')]
col = lambda p, i: s.median(float(r[i]) for r in rows if r[0] == p)
print(col('with', 1), col('without', 1), col('with', 2), col('without', 2))")
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

DIFF=$(python3 -c "print(f'{$WITH - $WITHOUT:.3f}')")
echo
echo "== result (timing: $TOOL; N=$N; nproc=$(nproc); dotnet $(dotnet --version); load avg before $LOAD_BEFORE, after $LOAD_AFTER)"
printf 'median edit-build with schema:    %.3f s\n' "$WITH"
printf 'median edit-build without schema: %.3f s\n' "$WITHOUT"
printf 'difference:                       %s s  (goal: <= %s s -> %s)\n' "$DIFF" "$GOAL_SECONDS" \
    "$(python3 -c "print('met' if $DIFF <= $GOAL_SECONDS else 'MISSED by %.3f s' % ($DIFF - $GOAL_SECONDS))")"
printf 'GraphDsl generator in the with-build (ReportAnalyzer): %s s\n' "${GEN_SECONDS:-?}"
printf 'Csc task with / without schema: %s ms / %s ms\n' "$CSC_WITH" "$CSC_WITHOUT"
printf 'interleaved runs, median wall with / without / difference: %.3f / %.3f / %.3f s\n' "$IWITH" "$IWITHOUT" "$(python3 -c "print($IWITH - $IWITHOUT)")"
printf 'interleaved runs, median CPU  with / without / difference: %.3f / %.3f / %.3f s\n' "$CWITH" "$CWITHOUT" "$(python3 -c "print($CWITH - $CWITHOUT)")"
