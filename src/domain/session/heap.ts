/**
 * Keeps the `capacity` smallest items seen, by `key`, in O(log capacity) per item: choosing 20 due
 * facts out of 100,000 does not sort 100,000.
 */
export class BoundedMinSelector<T> {
  // A max-heap on key: the root is the largest kept item, the first to go.
  private readonly items: T[] = []
  private readonly keys: number[] = []
  private readonly ties: number[] = []

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.items.length
  }

  /** Whether `offer` would keep an item with this key: lets a caller skip work for the rest. */
  accepts(key: number, tie = 0): boolean {
    return this.capacity > 0 && (this.items.length < this.capacity || this.less(key, tie, 0))
  }

  /** `tie` breaks equal keys: smaller wins. */
  offer(item: T, key: number, tie = 0): void {
    if (this.capacity <= 0) return
    if (this.items.length < this.capacity) {
      this.items.push(item)
      this.keys.push(key)
      this.ties.push(tie)
      this.up(this.items.length - 1)
    } else if (this.less(key, tie, 0)) {
      this.items[0] = item
      this.keys[0] = key
      this.ties[0] = tie
      this.down(0)
    }
  }

  /** The kept items, smallest key first. */
  sorted(): T[] {
    const order = this.items.map((_, i) => i)
    order.sort((a, b) => this.keys[a]! - this.keys[b]! || this.ties[a]! - this.ties[b]!)
    return order.map((i) => this.items[i]!)
  }

  private less(key: number, tie: number, i: number): boolean {
    const k = this.keys[i]!
    return key < k || (key === k && tie < this.ties[i]!)
  }

  private greater(i: number, j: number): boolean {
    return this.keys[i]! > this.keys[j]! || (this.keys[i] === this.keys[j] && this.ties[i]! > this.ties[j]!)
  }

  private swap(i: number, j: number): void {
    ;[this.items[i], this.items[j]] = [this.items[j]!, this.items[i]!]
    ;[this.keys[i], this.keys[j]] = [this.keys[j]!, this.keys[i]!]
    ;[this.ties[i], this.ties[j]] = [this.ties[j]!, this.ties[i]!]
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.greater(i, parent)) return
      this.swap(i, parent)
      i = parent
    }
  }

  private down(i: number): void {
    const n = this.items.length
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let largest = i
      if (l < n && this.greater(l, largest)) largest = l
      if (r < n && this.greater(r, largest)) largest = r
      if (largest === i) return
      this.swap(i, largest)
      i = largest
    }
  }
}
