// The benchmark behind the Google Benchmark fixtures (Debian's libbenchmark-dev 1.7.1).
// Build and run: see README in this folder.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

static void BM_Sort(benchmark::State &state)
{
    std::vector<int> values(size_t(state.range(0)));
    for (auto _ : state) {
        std::iota(values.rbegin(), values.rend(), 0);
        std::sort(values.begin(), values.end());
        benchmark::DoNotOptimize(values.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * state.range(0) * int64_t(sizeof(int)));
}
BENCHMARK(BM_Sort)->Arg(64)->Arg(4096);

static void BM_Copy(benchmark::State &state)
{
    std::string source(size_t(state.range(0)), 'x');
    for (auto _ : state) {
        std::string copy = source;
        benchmark::DoNotOptimize(copy.data());
    }
    state.counters["copies"] = benchmark::Counter(double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Copy)->ArgNames({"size"})->Arg(8)->Arg(1 << 16)->Unit(benchmark::kMicrosecond);

template <typename T>
static void BM_Accumulate(benchmark::State &state)
{
    std::vector<T> values(1000, T(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(std::accumulate(values.begin(), values.end(), T(0)));
}
BENCHMARK_TEMPLATE(BM_Accumulate, int);
BENCHMARK_TEMPLATE(BM_Accumulate, double)->Threads(2);

static void BM_Sleepy(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<int> values(200000);
        std::iota(values.begin(), values.end(), 0);
        benchmark::DoNotOptimize(values.data());
    }
}
BENCHMARK(BM_Sleepy)->Unit(benchmark::kMillisecond);

static void BM_Fails(benchmark::State &state)
{
    for (auto _ : state)
        state.SkipWithError("the input file is missing");
}
BENCHMARK(BM_Fails);

static void BM_Fill(benchmark::State &state)
{
    for (auto _ : state) {
        std::vector<int> values(size_t(state.range(0)), 7);
        benchmark::DoNotOptimize(values.data());
    }
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Fill)->RangeMultiplier(4)->Range(64, 4096)->Complexity(benchmark::oN);

// A counter that stays 0: over repetitions its coefficient of variation is 0/0, which the JSON
// writer prints as a bare NaN.
static void BM_Idle(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(state.iterations());
    state.counters["retries"] = 0;
}
BENCHMARK(BM_Idle);

BENCHMARK_MAIN();
