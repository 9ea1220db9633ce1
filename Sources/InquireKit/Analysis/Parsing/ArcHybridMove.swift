/// The three moves of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011), with the root
/// placed at the end of the buffer (Ballesteros and Nivre 2013) so that a parse has exactly one root.
///
/// - ``shift``: moves the first word of the buffer onto the stack.
/// - ``left``: attaches the stack top to the first word of the buffer and pops it.
/// - ``right``: attaches the stack top to the word below it on the stack and pops it.
package enum ArcHybridMove: Int, CaseIterable, Sendable {
    /// Buffer front onto the stack.
    case shift = 0
    /// Stack top becomes a dependent of the buffer front.
    case left = 1
    /// Stack top becomes a dependent of the word below it.
    case right = 2
}
