#define CATCH_CONFIG_MAIN
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

TEST_CASE("Fibonacci", "[fib]")
{
    BENCHMARK("fib 5") { return fib(5); };
    BENCHMARK("fib 20") { return fib(20); };
}

TEST_CASE("Sorting", "[sort]")
{
    BENCHMARK_ADVANCED("sort 1000")(Catch::Benchmark::Chronometer meter)
    {
        std::vector<std::vector<int>> v(meter.runs(), std::vector<int>(1000));
        for (auto &x : v)
            for (int i = 0; i < 1000; ++i)
                x[i] = (i * 7919) % 1000;
        meter.measure([&v](int i) { std::sort(v[i].begin(), v[i].end()); return v[i][0]; });
    };
}

TEST_CASE("Sleeping", "[sleep]")
{
    BENCHMARK("sleep 2ms") { std::this_thread::sleep_for(std::chrono::milliseconds(2)); };
}

TEST_CASE("Throwing", "[throws]")
{
    BENCHMARK("throws") { throw std::runtime_error("the input file is missing"); return 0; };
}
