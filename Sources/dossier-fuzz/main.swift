import DossierFuzzing
import Foundation

// dossier-fuzz: runs generated hostile seeds through ingest and extraction.
//   swift run -c release dossier-fuzz [--count N] [--seconds S] [--seed K] [--start I] [--corpus DIR] [--dump I]
// A crash ends the process after the last "checked" line; replay a range with --start and --count.

var count = 100_000
var seconds: Double?
var seed: UInt64 = 1
var start = 0
var corpusPath = "Tests/Fuzz/corpus"
var dump: Int?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    let value = arguments.next() ?? ""
    switch argument {
    case "--count": count = Int(value) ?? count
    case "--seconds": seconds = Double(value)
    case "--seed": seed = UInt64(value) ?? seed
    case "--start": start = Int(value) ?? start
    case "--corpus": corpusPath = value
    case "--dump": dump = Int(value)
    default:
        FileHandle.standardError.write(Data("unknown option \(argument)\n".utf8))
        exit(2)
    }
}
let folder = URL(fileURLWithPath: corpusPath)
let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
let corpus = names.compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }.map { [UInt8]($0) }
guard !corpus.isEmpty else {
    FileHandle.standardError.write(Data("no corpus files in \(corpusPath)\n".utf8))
    exit(2)
}
let generator = FuzzGenerator(corpus: corpus, seed: seed)
if let dump {
    // The bytes of one input, to look at or to keep as a seed of its own.
    FileHandle.standardOutput.write(Data(generator.input(dump)))
    exit(0)
}
let began = Date()
var slowest = (index: 0, seconds: 0.0)
var checked = 0
var findings = 0
for index in start..<(start + count) {
    if let seconds, Date().timeIntervalSince(began) > seconds { break }
    let started = Date()
    if let finding = FuzzHarness.check(generator, index: index) {
        print("FINDING \(finding)")
        findings += 1
    }
    let took = Date().timeIntervalSince(started)
    if took > slowest.seconds { slowest = (index, took) }
    checked += 1
    if checked % 1000 == 0 {
        FileHandle.standardOutput.write(Data("checked \(checked) inputs (through #\(index)), slowest #\(slowest.index) in \(String(format: "%.3f", slowest.seconds)) s\n".utf8))
    }
}
print("done: \(checked) inputs from #\(start) with seed \(seed) and \(corpus.count) corpus files, \(findings) findings, no crash; slowest #\(slowest.index) in \(String(format: "%.3f", slowest.seconds)) s")
exit(findings == 0 ? 0 : 1)
