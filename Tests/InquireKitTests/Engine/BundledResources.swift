@testable import InquireKit

extension Engine.Resources {
    /// The package's resources, for tests that build pipeline parts alone: a missing or malformed resource stops the
    /// test run with the error's message (each is also loaded, and its errors tested, in `EngineResourcesTests`).
    static let forTests: Engine.Resources = {
        do {
            return try .bundled()
        } catch {
            fatalError("\(error)")
        }
    }()
}
