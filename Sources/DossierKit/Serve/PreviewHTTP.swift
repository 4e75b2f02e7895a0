import DossierModel
import DossierText
import DossierIngest
import DossierMarkdown
import DossierExtract
import DossierSite
import DossierTemplates
import DossierRender
import Foundation

/// The little HTTP/1.1 the preview server speaks: a request head read within fixed limits, and a
/// response for a file of the built site. Every connection carries one request and is then closed.
public enum PreviewHTTP {
    /// Longest request line accepted (status 414 past it).
    public static let requestLineLimit = 8 * 1024
    /// Largest request head, request line and headers together (status 431 past it).
    public static let headLimit = 32 * 1024
    public static let headerCountLimit = 100

    public struct Request: Sendable, Equatable {
        public var method: String
        public var target: String
    }

    public enum Parse: Sendable, Equatable {
        /// More bytes are needed.
        case incomplete
        case request(Request)
        case failure(status: Int, reason: String)
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
    }

    /// Reads a request head from the bytes received so far.
    public static func parse(_ bytes: [UInt8]) -> Parse {
        guard let lineEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) else {
            return bytes.count > requestLineLimit ? .failure(status: 414, reason: "URI Too Long") : .incomplete
        }
        guard lineEnd <= requestLineLimit else { return .failure(status: 414, reason: "URI Too Long") }
        // The head ends at an empty line.
        var lineStart = lineEnd + 1
        var headerCount = 0
        var complete = false
        while let end = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let line = bytes[lineStart..<end]
            if line.isEmpty || line == [UInt8(ascii: "\r")] {
                complete = true
                break
            }
            headerCount += 1
            guard headerCount <= headerCountLimit else { return .failure(status: 431, reason: "Request Header Fields Too Large") }
            lineStart = end + 1
        }
        guard complete else {
            return bytes.count > headLimit ? .failure(status: 431, reason: "Request Header Fields Too Large") : .incomplete
        }
        guard lineStart <= headLimit else { return .failure(status: 431, reason: "Request Header Fields Too Large") }
        var requestLine = bytes[..<lineEnd]
        if requestLine.last == UInt8(ascii: "\r") { requestLine = requestLine.dropLast() }
        let parts = requestLine.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, let method = token(parts[0]), let target = token(parts[1]) else {
            return .failure(status: 400, reason: "Bad Request")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else {
            return .failure(status: 505, reason: "HTTP Version Not Supported")
        }
        return .request(Request(method: method, target: target))
    }

    /// Printable ASCII without spaces, as methods and request targets are.
    private static func token(_ bytes: ArraySlice<UInt8>) -> String? {
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 > 0x20 && $0 < 0x7f }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The answer to `request` from the site in `root`; `generation` is the number of the latest build.
    public static func response(to request: Request, root: URL, generation: Int) -> Response {
        guard request.method == "GET" || request.method == "HEAD" else {
            return text(405, "Method Not Allowed\n", extra: [("Allow", "GET, HEAD")])
        }
        let path = String(request.target.prefix { $0 != "?" && $0 != "#" })
        if path == PreviewSite.generationPath { return text(200, "\(generation)") }
        guard let file = PreviewSite.file(forRequestPath: request.target) else { return text(400, "Bad path\n") }
        let url = file.split(separator: "/").reduce(root) { $0.appendingPathComponent(String($1)) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            // Always a path on this server: `//x` would send the browser to another host.
            let location = "/" + (file.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "") + "/"
            return Response(status: 301, headers: [("Location", location), ("Content-Type", "text/plain; charset=utf-8")], body: Data())
        }
        guard let data = try? Data(contentsOf: url) else {
            let missing = (try? Data(contentsOf: root.appendingPathComponent("404.html"))) ?? Data("Not found\n".utf8)
            return page(404, "404.html", missing, generation: generation)
        }
        return page(200, file, data, generation: generation)
    }

    private static func page(_ status: Int, _ path: String, _ data: Data, generation: Int) -> Response {
        var body = data
        if path.hasSuffix(".html") {
            body = Data(PreviewSite.withLiveReload(String(decoding: data, as: UTF8.self), generation: generation).utf8)
        }
        return Response(status: status, headers: [("Content-Type", PreviewSite.contentType(for: path))], body: body)
    }

    private static func text(_ status: Int, _ message: String, extra: [(String, String)] = []) -> Response {
        Response(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + extra, body: Data(message.utf8))
    }

    /// A failure answer for a request that could not be read.
    public static func failure(status: Int, reason: String) -> Response {
        text(status, reason + "\n")
    }

    /// The response on the wire; HEAD gets the same head as GET, and no body.
    public static func encode(_ response: Response, includingBody: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(response.status) \(reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\n"
        head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        var bytes = Array(head.utf8)
        if includingBody { bytes += response.body }
        return bytes
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 505: "HTTP Version Not Supported"
        default: "Error"
        }
    }
}
