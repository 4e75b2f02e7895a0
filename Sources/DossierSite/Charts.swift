import DossierModel
import DossierTemplates
import Foundation

/// Inline SVG drawn from the dossier: the timeline to scale and the figure charts. Plain markup (no
/// script), styled by the page's stylesheet through classes, so it follows the colour scheme, prints, and
/// scales to the width of a phone. Every text from the seeds is escaped; every chart has a title and a
/// description, and every mark is a link with its own accessible name.
package enum Charts {
    /// Escaped for text and attribute values in SVG (an XML dialect inside HTML).
    static func text(_ value: String) -> String {
        var result = ""
        result.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters have no place in XML text.
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    // MARK: - Timeline

    package struct Mark {
        var id: String
        var label: String
        var text: String
        /// Fractional year of the date (2019.31 for 24 April 2019).
        var position: Double
        /// Day number (days since 1970) for day-precision dates.
        var day: Int?
        var expected: Bool
        var href: String
    }

    /// The fractional year of an event's date.
    package static func position(of event: Event) -> Double {
        let parts = event.date.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first else { return 0 }
        let month = parts.count > 1 ? parts[1] : 0
        let day = parts.count > 2 ? parts[2] : 0
        if month == 0 { return Double(year) + 0.5 }
        if day == 0 { return Double(year) + (Double(month) - 0.5) / 12 }
        return Double(year) + (Double(month) - 1) / 12 + (Double(day) - 0.5) / 365
    }

    package static func dayNumber(of event: Event) -> Int? {
        guard event.precision == .day else { return nil }
        let parts = event.date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CivilCalendar.dayNumber(year: parts[0], month: parts[1], day: parts[2])
    }

    /// Two panels: the years the events span, to scale; then the days of the story itself (the articles'
    /// dates and the week around them), widened so that they do not collapse into one mark.
    package static func timeline(_ marks: [Mark], storyDays: ClosedRange<Int>?, storyLabel: String) -> String {
        guard !marks.isEmpty else { return "" }
        let width = 800.0
        let left = 30.0
        let right = width - 30
        var body = ""
        var height = 0.0

        // Panel 1: the years.
        let positions = marks.map(\.position)
        let low = floor(positions.min() ?? 0)
        let high = max(low + 1, ceil(positions.max() ?? 1))
        let span = high - low
        let step = [1.0, 2, 5, 10, 20, 25, 50, 100, 200].first { span / $0 <= 8 } ?? 500
        func x(_ position: Double) -> Double { left + (position - low) / span * (right - left) }
        let axis = 70.0
        body += "<text class=\"chart-heading\" x=\"\(number(left))\" y=\"26\">The years</text>"
        body += "<line class=\"chart-axis\" x1=\"\(number(left))\" y1=\"\(number(axis))\" x2=\"\(number(right))\" y2=\"\(number(axis))\"/>"
        var tick = (low / step).rounded(.up) * step
        while tick <= high {
            let tx = x(tick)
            body += "<line class=\"chart-tick\" x1=\"\(number(tx))\" y1=\"\(number(axis))\" x2=\"\(number(tx))\" y2=\"\(number(axis + 8))\"/>"
            body += "<text class=\"chart-label\" x=\"\(number(tx))\" y=\"\(number(axis + 30))\" text-anchor=\"middle\">\(Int(tick))</text>"
            tick += step
        }
        // Marks stack upwards where they fall close together.
        var stacks: [Int: Int] = [:]
        for mark in marks {
            let mx = x(mark.position)
            let bucket = Int(mx / 14)
            let level = stacks[bucket, default: 0]
            stacks[bucket] = level + 1
            guard level < 3 else { continue }
            let my = axis - 12 - Double(level) * 14
            body += link(mark, circleAt: mx, my)
        }
        height = axis + 44

        // Panel 2: the story's days.
        if let storyDays {
            let dayMarks = marks.filter { $0.day.map { storyDays.contains($0) } ?? false }
            if !dayMarks.isEmpty {
                let top = height + 24
                let dayAxis = top + 80
                let count = Double(storyDays.count)
                func dx(_ day: Int) -> Double { left + (Double(day - storyDays.lowerBound) + 0.5) / count * (right - left) }
                body += "<text class=\"chart-heading\" x=\"\(number(left))\" y=\"\(number(top))\">\(text(storyLabel))</text>"
                body += "<line class=\"chart-axis\" x1=\"\(number(left))\" y1=\"\(number(dayAxis))\" x2=\"\(number(right))\" y2=\"\(number(dayAxis))\"/>"
                let labelEvery = max(1, Int((count / 7).rounded(.up)))
                for day in storyDays where (day - storyDays.lowerBound) % labelEvery == 0 {
                    let date = CivilCalendar.date(fromDayNumber: day)
                    let label = "\(date.day) \(CivilCalendar.monthNames[date.month - 1].prefix(3))"
                    body += "<line class=\"chart-tick\" x1=\"\(number(dx(day)))\" y1=\"\(number(dayAxis))\" x2=\"\(number(dx(day)))\" y2=\"\(number(dayAxis + 8))\"/>"
                    body += "<text class=\"chart-label\" x=\"\(number(dx(day)))\" y=\"\(number(dayAxis + 30))\" text-anchor=\"middle\">\(text(label))</text>"
                }
                var levels: [Int: Int] = [:]
                for mark in dayMarks {
                    guard let day = mark.day else { continue }
                    let level = levels[day, default: 0]
                    levels[day] = level + 1
                    guard level < 4 else { continue }
                    body += link(mark, circleAt: dx(day), dayAxis - 12 - Double(level) * 14)
                }
                height = dayAxis + 44
            }
        }
        let expected = marks.contains(where: \.expected)
        let summary = "\(marks.count) dated events from \(Int(low)) to \(Int(high))"
            + (expected ? "; hollow marks are events expected at the time of writing" : "") + ". Each mark links to its entry below."
        return "<svg class=\"chart timeline-chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" aria-labelledby=\"timeline-chart-title timeline-chart-desc\">"
            + "<title id=\"timeline-chart-title\">The timeline to scale</title><desc id=\"timeline-chart-desc\">\(text(summary))</desc>"
            + body + "</svg>"
    }

    private static func link(_ mark: Mark, circleAt x: Double, _ y: Double) -> String {
        let name = mark.label + (mark.expected ? " (expected)" : "") + ": " + String(mark.text.prefix(120))
        return "<a href=\"\(text(mark.href))\" aria-label=\"\(text(name))\"><title>\(text(name))</title>"
            + "<circle class=\"chart-mark\(mark.expected ? " expected" : "")\" cx=\"\(number(x))\" cy=\"\(number(y))\" r=\"6\"/></a>"
    }

    // MARK: - Figures

    package struct Bar {
        var label: String
        var display: String
        var value: Double
        var differs: Bool
        var href: String
    }

    /// Horizontal bars, one per figure, the value written at the end; the figures the sources disagree
    /// on are marked.
    package static func bars(_ bars: [Bar], id: String, title: String) -> String {
        guard bars.count >= 2, let largest = bars.map(\.value).max(), largest > 0 else { return "" }
        let width = 800.0
        let labelWidth = 280.0
        let row = 40.0
        let height = Double(bars.count) * row + 10
        func shortened(_ text: String, _ limit: Int) -> String { text.count > limit ? String(text.prefix(limit - 1)) + "…" : text }
        // Room for the longest value after its bar (about 12 units a character at this size).
        let valueRoom = min(360, Double(bars.map { shortened($0.display, 30).count }.max() ?? 10) * 12.5 + 16)
        var body = ""
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * row + 6
            let length = max(2, bar.value / largest * (width - labelWidth - valueRoom))
            let name = "\(bar.label): \(bar.display)" + (bar.differs ? " (sources differ)" : "")
            body += "<a href=\"\(text(bar.href))\" aria-label=\"\(text(name))\"><title>\(text(name))</title>"
            body += "<text class=\"chart-label\" x=\"\(number(labelWidth - 10))\" y=\"\(number(y + 22))\" text-anchor=\"end\">\(text(shortened(bar.label, 22)))</text>"
            body += "<rect class=\"chart-bar\(bar.differs ? " differs" : "")\" x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(length))\" height=\"24\"/>"
            body += "<text class=\"chart-value\" x=\"\(number(labelWidth + length + 8))\" y=\"\(number(y + 22))\">\(text(shortened(bar.display, 30)))</text></a>"
        }
        let differing = bars.filter(\.differs).count
        let summary = "\(bars.count) figures from the sources, as bars to scale"
            + (differing > 0 ? "; the \(differing) marked bars are where sources differ" : "") + "."
        return "<svg class=\"chart figure-chart\" viewBox=\"0 0 \(number(width)) \(number(height))\" aria-labelledby=\"\(id)-chart-title \(id)-chart-desc\">"
            + "<title id=\"\(id)-chart-title\">\(text(title))</title><desc id=\"\(id)-chart-desc\">\(text(summary))</desc>" + body + "</svg>"
    }
}
