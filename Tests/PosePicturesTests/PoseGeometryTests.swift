import Testing
@testable import PosePictures
import RoutineModel

@Test func solverRuns() { #expect(true) }
