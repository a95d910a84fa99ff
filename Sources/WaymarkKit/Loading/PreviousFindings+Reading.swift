import Foundation

extension PreviousFindings {
    /// Reads the earlier report at `url`, which the person running waymark named `path`.
    public init(contentsOf url: URL, path: String) throws(Failure) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch CocoaError.fileReadNoSuchFile, CocoaError.fileNoSuchFile {
            throw Failure(description: "\(path): there is no baseline file here")
        } catch {
            throw Failure(description: "\(path): the baseline file cannot be read (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Failure(description: "\(path): the baseline file is not UTF-8 text")
        }
        try self.init(parsing: text, path: path)
    }
}
