import WaymarkKit

/// libFuzzer calls this once, before the first input: the sample's schemas are read and compiled
/// here, so neither their cost nor a missing `Content/` folder is blamed on an input.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    _ = SampleSchemas.shared
    return 0
}

/// libFuzzer calls this with every input it tries; a crash, a hang or a memory blow-up anywhere
/// below is the finding. The first byte picks the kind of file (`FuzzCase.kinds`), the rest is
/// the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let input = FuzzCase(UnsafeBufferPointer(start: data, count: size)) else { return 0 }
    input.run(against: SampleSchemas.shared)
    return 0
}
