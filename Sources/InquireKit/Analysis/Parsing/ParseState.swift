/// The configuration of the arc-hybrid parser over one sentence: stack, buffer front and the partial tree, with the
/// bookkeeping the features read (outermost children, valencies, label sets), all in flat arrays reused across
/// sentences so that a transition allocates nothing.
///
/// Words are numbered `0..<count`; index `count` is the artificial root, which sits at the end of the buffer. A head of
/// -1 means "not attached yet".
package struct ParseState: Sendable {
    /// The number of words.
    package private(set) var count = 0
    /// The stack, bottom first; only the first ``stackCount`` entries are live.
    package private(set) var stack: [Int32] = []
    /// The number of words on the stack.
    package private(set) var stackCount = 0
    /// The first word of the buffer (`count` when only the root is left).
    package private(set) var front = 0
    /// Each word's head (`count` for the root, -1 while unattached).
    package private(set) var heads: [Int32] = []
    /// Each word's relation id (meaningful once attached).
    package private(set) var labels: [UInt8] = []
    /// Leftmost and second-leftmost dependents of each word (-1 when none).
    package private(set) var leftmost: [Int32] = []
    /// The second-leftmost dependent of each word (-1 when none).
    package private(set) var secondLeftmost: [Int32] = []
    /// The rightmost dependent of each word (-1 when none).
    package private(set) var rightmost: [Int32] = []
    /// The second-rightmost dependent of each word (-1 when none).
    package private(set) var secondRightmost: [Int32] = []
    /// The number of left dependents of each word.
    package private(set) var leftValency: [UInt8] = []
    /// The number of right dependents of each word.
    package private(set) var rightValency: [UInt8] = []
    /// The set of relation ids of each word's left dependents, as bits.
    package private(set) var leftLabels: [UInt64] = []
    /// The set of relation ids of each word's right dependents, as bits.
    package private(set) var rightLabels: [UInt64] = []

    /// An empty state; call ``reset(count:)`` before use.
    package init() {}

    /// The initial configuration for a sentence of `count` words: empty stack, every word in the buffer.
    package mutating func reset(count: Int) {
        self.count = count
        let size = count + 1
        if heads.count < size {
            stack = Array(repeating: -1, count: size)
            heads = Array(repeating: -1, count: size)
            labels = Array(repeating: 0, count: size)
            leftmost = Array(repeating: -1, count: size)
            secondLeftmost = Array(repeating: -1, count: size)
            rightmost = Array(repeating: -1, count: size)
            secondRightmost = Array(repeating: -1, count: size)
            leftValency = Array(repeating: 0, count: size)
            rightValency = Array(repeating: 0, count: size)
            leftLabels = Array(repeating: 0, count: size)
            rightLabels = Array(repeating: 0, count: size)
        } else {
            for index in 0..<size {
                heads[index] = -1
                labels[index] = 0
                leftmost[index] = -1
                secondLeftmost[index] = -1
                rightmost[index] = -1
                secondRightmost[index] = -1
                leftValency[index] = 0
                rightValency[index] = 0
                leftLabels[index] = 0
                rightLabels[index] = 0
            }
        }
        stackCount = 0
        front = 0
    }

    /// Whether the parse is complete: the stack is empty and only the root is left in the buffer.
    @inline(__always) package var isTerminal: Bool { stackCount == 0 && front == count }

    /// The stack entry `depth` places below the top (0 = top), or -1 when the stack is not that deep.
    @inline(__always) package func stackWord(_ depth: Int) -> Int {
        depth < stackCount ? Int(stack[stackCount - 1 - depth]) : -1
    }

    /// The buffer entry `offset` places after the front (the root counts as the last entry), or -1 past it.
    @inline(__always) package func bufferWord(_ offset: Int) -> Int {
        front + offset <= count ? front + offset : -1
    }

    /// Whether a move is allowed: shift needs a word in the buffer; left needs a stack top, and attaches to the root
    /// only the last word on the stack; right needs two words on the stack.
    @inline(__always) package func isValid(_ move: ArcHybridMove) -> Bool {
        switch move {
        case .shift: front < count
        case .left: stackCount > 0 && (front < count || stackCount == 1)
        case .right: stackCount >= 2
        }
    }

    /// The head the next `move` would give the stack top (-1 for shift).
    @inline(__always) package func head(for move: ArcHybridMove) -> Int {
        switch move {
        case .shift: -1
        case .left: front
        case .right: Int(stack[stackCount - 2])
        }
    }

    /// Applies a valid move; `label` is the relation of the arc that left and right add.
    @inline(__always) package mutating func apply(_ move: ArcHybridMove, label: UInt8) {
        switch move {
        case .shift:
            stack[stackCount] = Int32(front)
            stackCount += 1
            front += 1
        case .left:
            let dependent = Int(stack[stackCount - 1])
            stackCount -= 1
            let head = front
            heads[dependent] = Int32(head)
            labels[dependent] = label
            secondLeftmost[head] = leftmost[head]
            leftmost[head] = Int32(dependent)
            leftValency[head] &+= 1
            leftLabels[head] |= 1 << UInt64(label & 63)
        case .right:
            let dependent = Int(stack[stackCount - 1])
            let head = Int(stack[stackCount - 2])
            stackCount -= 1
            heads[dependent] = Int32(head)
            labels[dependent] = label
            secondRightmost[head] = rightmost[head]
            rightmost[head] = Int32(dependent)
            rightValency[head] &+= 1
            rightLabels[head] |= 1 << UInt64(label & 63)
        }
    }
}
