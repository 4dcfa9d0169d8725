import { bench, describe } from 'vitest'

function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }

describe('fib', () => {
  bench('fib 10', () => { fib(10) })
  bench('fib 25', () => { fib(25) }, { iterations: 5, time: 100 })
})

describe('sort', () => {
  const numbers = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000)
  bench('sort 1000 numbers', () => { [...numbers].sort((a, b) => a - b) })
  bench('noop', () => {})
  bench('throws', () => { throw new Error('deliberate failure') })
  bench.skip('skipped', () => {})
  describe('strings', () => {
    const words = numbers.map((n) => `w${n}`)
    bench('sort 1000 strings', () => { [...words].sort() })
  })
})
