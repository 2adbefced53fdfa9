/// One finished page: its paper size and everything drawn on it.
public struct Page: Hashable, Sendable {
    public var size: Size
    public var frame: Frame
    public init(size: Size, frame: Frame) { self.size = size; self.frame = frame }
}
