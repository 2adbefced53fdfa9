import CPango

/// SHA-256 digests by GLib (already loaded with Pango), for the batch manifest's record of inputs and outputs.
public final class Checksum {
    private let state: OpaquePointer

    /// A digest being built from pieces.
    public init() { state = g_checksum_new(G_CHECKSUM_SHA256)! }

    deinit { g_checksum_free(state) }

    /// Adds `bytes` to the digest.
    public func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { g_checksum_update(state, $0.baseAddress, $0.count) }
    }

    /// Adds `bytes` to the digest.
    public func add(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { g_checksum_update(state, $0.baseAddress, $0.count) }
    }

    /// The digest so far, as 64 lowercase hex digits.
    public func hex() -> String {
        let copy = g_checksum_copy(state)!
        defer { g_checksum_free(copy) }
        return String(cString: g_checksum_get_string(copy))
    }

    /// The SHA-256 digest of `bytes`, in hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        let c = Checksum()
        c.add(bytes)
        return c.hex()
    }
}
