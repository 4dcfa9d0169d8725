import { bench } from 'vitest'

bench('sleep 2ms', async () => { await new Promise((r) => setTimeout(r, 2)) }, { time: 200 })
