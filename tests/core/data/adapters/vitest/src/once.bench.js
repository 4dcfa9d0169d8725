import { bench } from 'vitest'

bench('once', () => { JSON.stringify({ a: [1, 2, 3] }) }, { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 })
