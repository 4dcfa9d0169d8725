// Measures a few functions the way Criterion.rs 0.5 does (linear or flat sampling, the total time
// of each sample's iterations in nanoseconds) and writes target/criterion in Criterion's own
// layout: <benchmark>/new/{benchmark,estimates,sample}.json (and the same under base/). Written
// because Criterion itself cannot be fetched on this machine (no crates.io); see README.md.
use std::fs;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

struct Bench {
    group_id: &'static str,
    function_id: Option<&'static str>,
    value_str: Option<String>,
    throughput: Option<String>, // JSON, e.g. {"Bytes":8192}
    flat: bool,
    samples: usize,
    routine: Box<dyn Fn()>,
}

fn estimate(point: f64, se: f64) -> String {
    format!(
        "{{\"confidence_interval\":{{\"confidence_level\":0.95,\"lower_bound\":{},\"upper_bound\":{}}},\"point_estimate\":{},\"standard_error\":{}}}",
        point - 1.96 * se, point + 1.96 * se, point, se)
}

fn list(values: &[f64]) -> String {
    let parts: Vec<String> = values.iter().map(|v| format!("{:?}", v)).collect();
    format!("[{}]", parts.join(","))
}

fn run(bench: &Bench, root: &Path) {
    // Warm up for 200 ms to learn the time of one iteration.
    let start = Instant::now();
    let mut warm_iters = 0u64;
    while start.elapsed() < Duration::from_millis(200) {
        (bench.routine)();
        warm_iters += 1;
    }
    let per_iter = start.elapsed().as_nanos() as f64 / warm_iters as f64;
    let target_ns = 1.0e9; // a second of measurement
    let n = bench.samples;
    let iters: Vec<f64> = if bench.flat {
        let each = (target_ns / per_iter / n as f64).ceil().max(1.0);
        vec![each; n]
    } else {
        let total: f64 = (1..=n).map(|i| i as f64).sum();
        let d = (target_ns / per_iter / total).ceil().max(1.0);
        (1..=n).map(|i| d * i as f64).collect()
    };
    let mut times = Vec::with_capacity(n);
    for &count in &iters {
        let t = Instant::now();
        for _ in 0..count as u64 {
            (bench.routine)();
        }
        times.push(t.elapsed().as_nanos() as f64);
    }
    let per: Vec<f64> = times.iter().zip(&iters).map(|(t, i)| t / i).collect();
    let mean = per.iter().sum::<f64>() / n as f64;
    let var = if n > 1 { per.iter().map(|p| (p - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0) } else { 0.0 };
    let sd = var.sqrt();
    let mut sorted = per.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let median = if n % 2 == 1 { sorted[n / 2] } else { (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0 };
    let mut dev: Vec<f64> = per.iter().map(|p| (p - median).abs() * 1.4826).collect();
    dev.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mad = if n % 2 == 1 { dev[n / 2] } else { (dev[n / 2 - 1] + dev[n / 2]) / 2.0 };
    let se = sd / (n as f64).sqrt();
    let slope = if bench.flat {
        "null".to_string()
    } else {
        let xy: f64 = iters.iter().zip(&times).map(|(x, y)| x * y).sum();
        let xx: f64 = iters.iter().map(|x| x * x).sum();
        estimate(xy / xx, se)
    };
    let mut id_parts = vec![bench.group_id.to_string()];
    if let Some(f) = bench.function_id { id_parts.push(f.to_string()); }
    if let Some(v) = &bench.value_str { id_parts.push(v.clone()); }
    let full_id = id_parts.join("/");
    let quote = |s: Option<&str>| s.map(|v| format!("\"{}\"", v)).unwrap_or_else(|| "null".to_string());
    let benchmark = format!(
        "{{\"group_id\":\"{}\",\"function_id\":{},\"value_str\":{},\"throughput\":{},\"full_id\":\"{}\",\"directory_name\":\"{}\",\"title\":\"{}\"}}",
        bench.group_id, quote(bench.function_id), quote(bench.value_str.as_deref()),
        bench.throughput.clone().unwrap_or_else(|| "null".to_string()), full_id, full_id, full_id);
    let estimates = format!(
        "{{\"mean\":{},\"median\":{},\"median_abs_dev\":{},\"slope\":{},\"std_dev\":{}}}",
        estimate(mean, se), estimate(median, se), estimate(mad, se / 2.0), slope, estimate(sd, se / 2.0));
    let sample = format!("{{\"sampling_mode\":\"{}\",\"iters\":{},\"times\":{}}}",
        if bench.flat { "Flat" } else { "Linear" }, list(&iters), list(&times));
    for which in ["new", "base"] {
        let dir = root.join(&full_id).join(which);
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("benchmark.json"), &benchmark).unwrap();
        fs::write(dir.join("estimates.json"), &estimates).unwrap();
        fs::write(dir.join("sample.json"), &sample).unwrap();
    }
    eprintln!("{:<28} {:>14.1} ns/iter over {} samples", full_id, mean, n);
}

fn main() {
    let root = Path::new("target/criterion");
    let data: Vec<u64> = (0..1024).collect();
    let benches = vec![
        Bench { group_id: "fib", function_id: Some("recursive"), value_str: Some("10".into()), throughput: None,
                flat: false, samples: 100, routine: Box::new(|| { black_box(fib(black_box(10))); }) },
        Bench { group_id: "fib", function_id: Some("recursive"), value_str: Some("20".into()), throughput: None,
                flat: false, samples: 100, routine: Box::new(|| { black_box(fib(black_box(20))); }) },
        Bench { group_id: "sum", function_id: None, value_str: Some("1024".into()),
                throughput: Some("{\"Elements\":1024}".into()), flat: false, samples: 50,
                routine: { let d = data.clone(); Box::new(move || { black_box(black_box(&d).iter().sum::<u64>()); }) } },
        Bench { group_id: "checksum", function_id: Some("xor"), value_str: Some("8192".into()),
                throughput: Some("{\"Bytes\":8192}".into()), flat: false, samples: 50,
                routine: { let d = data.clone(); Box::new(move || { black_box(black_box(&d).iter().fold(0u64, |a, b| a ^ b)); }) } },
        Bench { group_id: "noop", function_id: None, value_str: None, throughput: None, flat: false, samples: 100,
                routine: Box::new(|| { black_box(()); }) },
        Bench { group_id: "sleep_2ms", function_id: None, value_str: None, throughput: None, flat: true, samples: 10,
                routine: Box::new(|| std::thread::sleep(Duration::from_millis(2))) },
    ];
    for bench in &benches {
        run(bench, root);
    }
    fs::create_dir_all(root.join("report")).unwrap();
    fs::write(root.join("report/index.html"), "<html><body>Criterion report index</body></html>\n").unwrap();
}
