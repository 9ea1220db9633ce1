/// The exact dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a move is the number of
/// gold arcs that become unreachable by taking it, counted from any configuration, so training can follow the model's
/// own (possibly wrong) moves and still learn the best continuation.
///
/// Gold heads use the state's numbering: word indices, with the sentence length for the root. The costs are exact
/// for projective gold trees.
package enum ArcHybridOracle {
    /// The number of gold arcs lost by applying `move` to `state`, for a move that is valid there.
    package static func cost(of move: ArcHybridMove, in state: ParseState, goldHeads: [Int32]) -> Int {
        let count = state.count
        let front = state.front
        switch move {
        case .shift:
            // The front can no longer take a head from below the stack top, nor any dependent on the stack.
            var cost = 0
            let word = Int32(front)
            let top = state.stackCount - 1
            for depth in 0..<state.stackCount {
                let item = state.stack[top - depth]
                if depth > 0 && goldHeads[front] == item { cost += 1 }
                if goldHeads[Int(item)] == word { cost += 1 }
            }
            return cost
        case .left:
            // The top can no longer take its head from the word below it or from the buffer past the front, nor any
            // dependent from the buffer.
            let top = state.stackWord(0)
            let below = state.stackWord(1)
            let gold = Int(goldHeads[top])
            var cost = 0
            if gold != front && (gold == below || gold > front) { cost += 1 }
            cost += dependents(of: top, from: front, to: count, goldHeads: goldHeads)
            return cost
        case .right:
            // The top can no longer take a head or any dependent from the buffer.
            let top = state.stackWord(0)
            var cost = Int(goldHeads[top]) >= front ? 1 : 0
            cost += dependents(of: top, from: front, to: count, goldHeads: goldHeads)
            return cost
        }
    }

    @inline(__always) private static func dependents(of word: Int, from start: Int, to end: Int, goldHeads: [Int32])
        -> Int
    {
        var found = 0
        let target = Int32(word)
        var index = start
        while index < end {
            if goldHeads[index] == target { found += 1 }
            index += 1
        }
        return found
    }

    /// Whether a gold tree (heads in the state's numbering, root = `goldHeads.count`) is projective: no two arcs cross.
    package static func isProjective(_ goldHeads: [Int32]) -> Bool {
        let count = goldHeads.count
        for dependent in 0..<count {
            let head = Int(goldHeads[dependent])
            // The root at the end: an arc to it spans everything after the dependent.
            let low = min(head, dependent)
            let high = max(head, dependent)
            for inner in (low + 1)..<high where inner < count {
                let innerHead = Int(goldHeads[inner])
                if innerHead < low || innerHead > high { return false }
            }
        }
        return true
    }
}
