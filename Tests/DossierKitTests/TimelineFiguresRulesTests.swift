import Foundation
import Testing

@testable import DossierExtract
@testable import DossierModel
@testable import DossierSite

/// Timeline and figure rules on sentences written for these tests. Articles are dated Wednesday
/// 4 March 2026 unless a test says otherwise.
@Suite("Timeline and figures: clock times, honest precision, every kind of number, real disagreements")
struct TimelineFiguresRulesTests {
    private let wednesday = PublicationDate(year: 2026, month: 3, day: 4)

    private func point(_ sentence: String, _ expression: String, published: PublicationDate? = PublicationDate(year: 2026, month: 3, day: 4)) -> TimePoint? {
        TemporalResolver.expressions(in: sentence, published: published).first { $0.text == expression }?.point
    }

    private func events(_ paragraphs: [String], published: PublicationDate? = PublicationDate(year: 2026, month: 3, day: 4)) -> [Event] {
        let article = Article(id: "a", sourceFile: "a.txt", title: "a", published: published, blocks: paragraphs.map(Article.Block.paragraph))
        return Extraction.run([article]).events
    }

    private func figures(_ sentence: String) -> [Figure] {
        let article = Article(id: "a", sourceFile: "a.txt", title: "a", published: wednesday, blocks: [.paragraph(sentence)])
        return Extraction.run([article]).figures
    }

    // MARK: 1. Clock times

    @Test("Clock times are times, never years, and the event keeps its time of day", arguments: [
        ("The ferry sank at 1700 GMT on Monday, the coastguard said.", "17:00 GMT"),
        ("The first boat left (1750 GMT) on Monday.", "17:50 GMT"),
        ("The ferry sank at 7:50 pm on Monday.", "7:50 pm"),
        ("Crews arrived at 0900 local on Monday.", "09:00 local"),
        ("The ferry sank shortly before midnight on Monday.", "midnight"),
    ])
    func clockTimes(sentence: String, time: String) {
        let found = events([sentence])
        #expect(!found.contains { $0.date.count == 4 }, "\(found.map(\.date))")
        let monday = found.first { $0.date == "2026-03-02" }
        #expect(monday?.time == time)
    }

    // MARK: 2. Relative expressions

    @Test("Relative expressions have their real precision")
    func relativePrecision() {
        let lastWeek = point("The council met last week to review the plans.", "last week")
        #expect(lastWeek?.date == "2026-02-23" && lastWeek?.end == "2026-03-01")
        let thisWeek = point("The pressure reached a peak this week in parliament.", "this week")
        #expect(thisWeek?.date == "2026-03-02" && thisWeek?.end == "2026-03-08")
        let earlier = point("Earlier this week, the mayor resigned.", "Earlier this week")
        #expect(earlier?.date == "2026-03-02" && earlier?.end == "2026-03-03")
        #expect(point("The boat capsized early Tuesday off the coast.", "early Tuesday")?.date == "2026-03-03")
        #expect(point("He spoke on Monday evening to reporters.", "Monday evening")?.date == "2026-03-02")
        let past = point("Officials said murders rose over the past nine months.", "over the past nine months")
        #expect(past?.date == "2025-06" && past?.end == "2026-03")
        #expect(point("The mayor was questioned a day earlier by police.", "a day earlier")?.date == "2026-03-03")
        let anchored = point("She became mayor the month after the city voted in June 2016.", "the month after")
        #expect(anchored?.date == "2016-07")
        let half = point("The bridge reopened three and a half years after the flood of January 2020.", "three and a half years after")
        #expect(half?.date == "2023-07")
        let following = point("Results are due June 7, with a runoff the following week.", "the following week")
        #expect(following?.date == "2026-06-08" && following?.end == "2026-06-14")
        #expect(point("Flags flew from sunrise Monday to sunset Wednesday at the hall.", "Monday to sunset Wednesday")?.end == "2026-03-04")
        // Published on a Wednesday: a past-tense sentence whose range runs from Monday past today.
        let ordered = point("The mayor has ordered flags flown from sunrise Monday to sunset Thursday.", "Monday to sunset Thursday")
        #expect(ordered?.date == "2026-03-02" && ordered?.end == "2026-03-05", "\(String(describing: ordered))")
        let next = point("Rain is forecast for the next three days in the valley.", "for the next three days")
        #expect(next?.date == "2026-03-05" && next?.end == "2026-03-07")
        // A date in another clause does not anchor "two weeks after …": the happening named is that long before now.
        let unanchored = point(
            "Milton came less than two weeks after Helene killed 230 people, the deadliest storm since Katrina in 2005.",
            "two weeks after")
        #expect(unanchored?.date == "2026-02-18", "\(String(describing: unanchored))")
        // Published Wednesday 4 March 2026.
        #expect(point("Repairs began in mid-March on the bridge.", "in mid-March")?.date == "2026-03")
        let weekend = point("Officials met over the weekend in the town hall.", "over the weekend")
        #expect(weekend?.date == "2026-02-28" && weekend?.end == "2026-03-01", "\(String(describing: weekend))")
        #expect(point("The council will meet again on Jan. 6 to vote.", "Jan. 6")?.date == "2027-01-06")
        #expect(point("The council met on Jan. 6 to vote.", "Jan. 6")?.date == "2026-01-06")
        // "A year earlier, …" opening a sentence counts from the date the sentence before gave.
        let carried = TemporalResolver.expressions(
            in: "The last shutdown, in December 2018, lasted 35 days. A year earlier, a brief shutdown lasted three days.",
            published: PublicationDate(year: 2023, month: 9, day: 30)
        ).first { $0.text == "A year earlier" }?.point
        #expect(carried?.date == "2017", "\(String(describing: carried))")
        // "resigned on Tuesday, two days after the audit": the audit lies two days before that Tuesday.
        let audit = point("The mayor resigned on Tuesday, two days after an audit found missing funds.", "two days after")
        #expect(audit?.date == "2026-03-01", "\(String(describing: audit))")
        let last = point("Rain fell for the last two weeks in the valley.", "for the last two weeks")
        #expect(last?.date == "2026-02-18" && last?.end == "2026-03-04")
    }

    @Test("A weekday alone resolves against the article's date: the most recent one, or the next when the story says will")
    func weekdays() {
        #expect(point("The boat sank Sunday near the harbour.", "Sunday")?.date == "2026-03-01")
        #expect(point("The inquiry will open Friday in the capital.", "Friday")?.date == "2026-03-06")
        // A story dated Thursday that says "said Friday" was updated the next day.
        let thursday = PublicationDate(year: 2026, month: 3, day: 5)
        #expect(point("The minister said Friday the port would reopen.", "Friday", published: thursday)?.date == "2026-03-06")
        #expect(point("Thursday 13 June was the first round.", "Thursday 13 June")?.date == "2026-06-13")
    }

    @Test("A weekday that names a paper or describes a thing, and the date under an embedded post, date nothing")
    func notWeekdays() {
        #expect(events(["The publisher told The Sun on Monday night that the man had threatened them."]).map(\.date) == ["2026-03-02"])
        #expect(events(["The Harbour Sun, which owns the paper, named the suspect."]).isEmpty)
        #expect(events(["Ruth Okafor, editor and Sunday columnist, was among the dead."]).isEmpty)
        #expect(events(["“I was disappointed but not surprised,” the mayor told USA TODAY."]).isEmpty)
        #expect(events(["Today, the council met to vote on the plan."]).map(\.date) == ["2026-03-04"])
        #expect(events(["The paper ran on Sun, March 1 with a blank page."]).map(\.date) == ["2026-03-01"])
        #expect(events(["The town held a Monday news conference on the fire."]).map(\.date) == ["2026-03-02"])
        #expect(events(["A photo posted by Ann Lee (@annlee) on Mar 2, 2026 at 11:46pm PST"]).isEmpty)
        // "Euro 2016", "London 2012": a year after a name is the name's.
        #expect(events(["Police had stepped up security for Euro 2016 across the country."]).isEmpty)
        #expect(events(["The tournament was first held in 2016 in Paris."]).map(\.date) == ["2016"])
        #expect(events(["Exit polls show the mayor won easily. pic.twitter.com/x1 — Harbour News (@HarbourNews) March 3, 2026"]).isEmpty)
        // "Black Monday", "Super Tuesday": the name of a day, not the one near the article's date.
        #expect(events(["It was the worst fall since the crash of Black Monday, traders said."]).isEmpty)
    }

    @Test("How long or a vague while dates nothing; a clause of time in the present looks forward")
    func durationsAndTimeClauses() {
        #expect(events(["Ruth Okafor has lived in the town for the past 15 years and drives a taxi."]).isEmpty)
        #expect(events(["The index has swung by 1,000 points on six days in the last few weeks."]).isEmpty)
        #expect(events(["In the past week, 300 people were evacuated from the valley."]).map(\.date) == ["2026-02-23"])
        // Wednesday 4 March 2026: "when results come in late Sunday" is the coming Sunday.
        #expect(events(["The party expects a bruising when results come in late Sunday."]).map(\.date) == ["2026-03-08"])
        #expect(events(["Police said the ferry sank when it hit rocks on Sunday."]).map(\.date) == ["2026-03-01"])
        // Wednesday 4 March 2026: funding "through the end of January" runs ahead; sales that fell through it, back.
        #expect(events(["The bill would fund the agencies through the end of January."]).map(\.date) == ["2027-01"])
        #expect(events(["Sales fell through the end of January, the company said."]).map(\.date) == ["2026-01"])
    }

    @Test("Weekdays joined by and/or are days in order: ahead when the clause looks ahead, behind when it is past")
    func joinedWeekdays() {
        // Sunday 1 March 2026.
        let sunday = PublicationDate(year: 2026, month: 3, day: 1)
        let ahead = events(["Forecasters said \"more rain is possible after the storm moves inland on Monday night and Tuesday.\""], published: sunday)
        #expect(Set(ahead.map(\.date)) == ["2026-03-02", "2026-03-03"])
        let chain = events(["It may take until Sunday night, well into Monday or possibly Tuesday to pump the water out."], published: sunday)
        // "until Sunday night, well into Monday" is one span; "or possibly Tuesday" the day after it.
        #expect(Set(chain.map(\.date)) == ["2026-03-01", "2026-03-03"])
        #expect(chain.first { $0.date == "2026-03-01" }?.end == "2026-03-02")
        // Thursday 5 March 2026: reports "on Friday and Monday" that came before are 27 February and 2 March.
        let thursday = PublicationDate(year: 2026, month: 3, day: 5)
        let past = events(["The decision came after newspaper reports on Friday and Monday revealed the plan."], published: thursday)
        #expect(Set(past.map(\.date)) == ["2026-02-27", "2026-03-02"])
        // No tense either way: each weekday as it resolves alone.
        #expect(Set(events(["Rain on Monday and Tuesday flooded the road."]).map(\.date)) == ["2026-03-02", "2026-03-03"])
        // "through Sunday and into Monday morning": one span.
        let span = events(["Talks continued through Sunday and into Monday morning, two sources said."])
        #expect(span.map(\.date) == ["2026-03-01"] && span.first?.end == "2026-03-02")
    }

    @Test("A day printed without its year is the one the article printed in full; holidays and seasons are dates")
    func carriedYearsHolidaysSeasons() {
        // Article of 1 October 2026: "Sept. 6" alone is the Sept. 6, 2025 the article named first.
        let october = PublicationDate(year: 2026, month: 10, day: 1)
        let carried = events([
            "The victim was killed in his apartment on Sept. 6, 2025, the court heard.",
            "Late in the evening on Sept. 6, the officer came home from a long shift.",
        ], published: october)
        #expect(Set(carried.map(\.date)) == ["2025-09-06"])
        // Wednesday 4 March 2026.
        #expect(events(["Many of the sailors will be at sea on Thanksgiving, the navy said."]).map(\.date) == ["2026-11-26"])
        #expect(events(["The ferry last sailed on Christmas Eve, the owners said."]).map(\.date) == ["2025-12-24"])
        #expect(events(["It is the first vote since just before Christmas that the council will hold."]).map(\.date) == ["2025-12"])
        #expect(events(["The town put up a Christmas tree in the square."]).isEmpty)
        #expect(events(["The captain was acquitted over the summer of stealing the boat."]).map(\.date) == ["2025-06"])
        #expect(events(["By the weekend, the decision had been made."]).map(\.date) == ["2026-02-28"])
        // Easter moves: Sunday 5 April 2026; "over Easter weekend" is its Saturday and Sunday. "take effect Sunday" looks ahead.
        let easter = events(["The minister first visited over Easter weekend, officials said."], published: PublicationDate(year: 2026, month: 4, day: 20))
        #expect(easter.map(\.date) == ["2026-04-04"] && easter.first?.end == "2026-04-05")
        #expect(events(["The restrictions take effect Sunday night and will close all shops."]).map(\.date) == ["2026-03-08"])
        // A capitalised word in "-ed" is a name, not a past verb: the clause still looks ahead.
        #expect(events(["She is expected to take over the Senate Armed Services Committee in January."]).map(\.date) == ["2027-01"])
        #expect(events(["His resignation as harbour master in December followed a dispute over pay."]).map(\.date) == ["2025-12"])
        // "today" in a request or a habit dates nothing; "And May departed" is the person, "April and May" the months.
        #expect(events(["Please do your part today."]).isEmpty)
        #expect(events(["Today, he claims not to own a car and rides the bus to work."]).isEmpty)
        #expect(events(["The council met today to vote on the plan."]).map(\.date) == ["2026-03-04"])
        #expect(events(["And May departed with a warning to her successor."]).isEmpty)
        let months = events(["Sales fell in April and May, the company said."])
        #expect(months.map(\.date) == ["2025-04"] && months.first?.end == "2025-05")
        // "a few weeks ago" and "over the past year" are vague: no date.
        #expect(events(["Talks began a few weeks ago and picked up pace over the past year."]).isEmpty)
    }

    @Test("Months: 'November of 2007', two months in a row are one span, 'from July through September'; a weekday takes its clause's tense")
    func monthsAndClauseTense() {
        #expect(events(["Employment rose by 649,000 in November of 2007, the report said."]).map(\.date) == ["2007-11"])
        let pair = events(["The economy created 86,000 more jobs in July and August than first estimated."])
        #expect(pair.map(\.date) == ["2025-07"] && pair.first?.end == "2025-08")
        let span = events(["Employers added 146,000 jobs per month from July through September, the report showed."])
        #expect(span.map(\.date) == ["2025-07"] && span.first?.end == "2025-09")
        // Wednesday 4 March 2026: "was likely to dump … through Friday" looks ahead; "Thursday's elections" do not.
        #expect(events(["The storm was likely to dump another 6 to 12 inches of rain over the coast through Friday."]).map(\.date) == ["2026-03-06"])
        #expect(events(["The party is expected to take the blame for what are likely to be bad results in Monday's elections."]).map(\.date) == ["2026-03-02"])
        #expect(events(["They did not speak to the police until Monday, the court heard."]).map(\.date) == ["2026-03-02"])
        // "expected", "scheduled" look ahead though they end in "-ed"; "the scheduled date" is an adjective.
        #expect(events(["The board is expected to vote on Friday."]).map(\.date) == ["2026-03-06"])
        let scheduled = events(["For debates scheduled for September and October, candidates need more donors."])
        #expect(scheduled.map(\.date) == ["2026-09"] && scheduled.first?.end == "2026-10")
        #expect(events(["Critics blamed her for the failure to leave on the scheduled date of January 29."]).map(\.date) == ["2026-01-29"])
    }

    @Test("A relative date inside a quotation is the speaker's, not the article's")
    func quotedRelative() {
        #expect(events(["“Please do your part today,” the mayor said in a letter."]).isEmpty)
        #expect(!events(["The mayor wrote the letter on Tuesday."]).isEmpty)
        // A weekday in a quoted passage still names a day near the article's.
        #expect(events(["According to the Harbour Sun: “Police found the woman asleep in her car at 2 a.m. Tuesday, hours before the attack.”"])
            .map(\.date) == ["2026-03-03"])
    }

    @Test("An inferred article date is the earliest it can be: a weekday is the nearest one")
    func inferredDate() {
        let article = Article(
            id: "a", sourceFile: "a.txt", title: "a", published: PublicationDate(year: 2026, month: 3, day: 5),
            blocks: [.paragraph("The minister said Friday the port would reopen.")])
        var inferred = article
        inferred.publishedProvenance = .inferredFromText
        #expect(Extraction.run([inferred]).events.first?.date == "2026-03-06")
    }

    // MARK: 3. One event per happening, its clause

    @Test("An event's text is the clause that tells it; the same happening from two sources is one event")
    func clausesAndMerging() {
        let first = Article(
            id: "a", sourceFile: "a.txt", title: "a", published: wednesday,
            blocks: [.paragraph("The ferry sank on Monday near Port Ellis, but the company said on Tuesday that all passengers were safe.")])
        let second = Article(
            id: "b", sourceFile: "b.txt", title: "b", published: wednesday,
            blocks: [.paragraph("A ferry sank near Port Ellis on Monday with 40 passengers aboard.")])
        let found = Extraction.run([first, second]).events
        let sinking = found.filter { $0.date == "2026-03-02" }
        #expect(sinking.count == 1)
        #expect(Set(sinking.first?.citations.map(\.article) ?? []) == ["a", "b"])
        let statement = found.first { $0.date == "2026-03-03" }
        #expect(statement?.text.hasPrefix("But the company said on Tuesday") == true)
    }

    @Test("'That day', 'later in the day', 'the next day' count from the day the story last told, not from a source's words")
    func anaphoricDays() {
        func dated(_ paragraphs: [String]) -> [String: String] {
            var byExpression: [String: String] = [:]
            for event in events(paragraphs) { for citation in event.citations { byExpression[citation.expression ?? ""] = event.date } }
            return byExpression
        }
        let story = dated([
            "The ferry left Port Ellis on Saturday, Feb. 28, with 40 passengers aboard.",
            "Its engine failed that evening, and the coast guard towed it to shore the next day.",
            "The owner returned to the harbour later in the day.",
        ])
        #expect(story["that evening"] == "2026-02-28")
        #expect(story["the next day"] == "2026-03-01")
        #expect(story["later in the day"] == "2026-02-28")
        let evening = dated(["The river rose on Monday morning.", "By the evening, residents were setting up cots in the school."])
        #expect(evening["By the evening"] == "2026-03-02")
        #expect(dated(["Viewers watched it by the evening news."]).isEmpty)
        // The day a source spoke and "a day earlier" are no day the story goes on from.
        let spoken = dated([
            "The family fled their flat on Saturday.",
            "\"We lost everything,\" Brown said late Monday. They were rescued by boat the next day.",
            "He flew home Friday after being pulled off a plane a day earlier. His lawyer left Brazil later in the day.",
        ])
        #expect(spoken["the next day"] == "2026-03-01")
        #expect(spoken["later in the day"] == "2026-02-27")
        // Nothing told yet: no date; "that day care" is no day.
        #expect(dated(["The firm said that day care centres would close.", "Officials met the next day."]).isEmpty)
    }

    @Test("'this past week' is the week now ending; 'until Friday' is a deadline ahead; a date alone in parentheses labels a picture")
    func pastWeekDeadlinesAndLabels() {
        // Wednesday 4 March 2026.
        #expect(point("The effort stalled out this past week.", "this past week")?.date == "2026-03-02")
        #expect(point("The effort stalled out this past week.", "this past week")?.end == "2026-03-08")
        let deadline = events(["On Monday, the judge gave the firm until Friday to respond."])
        #expect(deadline.map(\.date).sorted() == ["2026-03-02", "2026-03-06"])
        #expect(events(["The two men did not speak to police until Monday."]).map(\.date) == ["2026-03-02"])
        #expect(events(["Supporters waved flags outside the Louvre. (March 1) AP"]).isEmpty)
        // A deadline and the weekday joined to it lie ahead, whatever the clause before says happened.
        let wait = events(["They could start the moment the order was issued, or officials can wait until Friday or Saturday."])
        #expect(wait.map(\.date).sorted() == ["2026-03-06", "2026-03-07"])
        // "must", "preparing to": the clause speaks of what is to come.
        #expect(events(["The recounts must be completed by Friday."]).map(\.date) == ["2026-03-06"])
        #expect(events(["She is preparing to take office in January."]).map(\.date) == ["2027-01"])
        // "this entire week" is the week.
        let week = point("Republicans are spending this entire week on it.", "this entire week")
        #expect(week?.date == "2026-03-02" && week?.end == "2026-03-08")
    }

    @Test("A photo caption's events and figures are cited after the paragraphs, as the caption's number")
    func captionsAreCited() {
        let article = Article(
            id: "a", sourceFile: "a.txt", title: "a", published: wednesday,
            blocks: [.paragraph("The council met to discuss the budget."), .paragraph("It will meet again next month.")],
            captions: ["Supporters celebrate in the square on Monday night. Photograph: Ana Ruiz/AFP", "The mayor speaks to 300 residents."])
        let dossier = Extraction.run([article])
        let monday = dossier.events.first { $0.date == "2026-03-02" }
        #expect(monday?.citations.map(\.paragraph) == [3], "\(dossier.events.map(\.date))")
        #expect(article.citationNumber(ofCaption: 2) == 4 && article.caption(atCitationNumber: 4) == 2 && article.caption(atCitationNumber: 2) == nil)
        #expect(dossier.figures.contains { $0.value == 300 && $0.citation.paragraph == 4 })
    }

    // MARK: 4. Figures of every common kind

    @Test("Ages, counts in digits and words, durations, shares, money in any currency, ranges and rates")
    func figureKinds() {
        func find(_ sentence: String, _ value: Double, _ unit: String) -> Bool {
            let found = figures(sentence)
            return found.contains { $0.value == value && $0.unit == unit }
        }
        #expect(find("A 37-year-old man was arrested.", 37, "years old"))
        #expect(find("The oldest victim, aged 94, was a teacher.", 94, "years old"))
        #expect(find("The dead were Ana Ruiz, 29, and Tom Bell, 31.", 29, "years old"))
        #expect(find("The fire destroyed an 850-year-old church.", 850, "years old"))
        #expect(find("Four people were injured.", 4, "people"))
        #expect(find("Around 400 firefighters fought the blaze.", 400, "firefighters"))
        #expect(find("Police seized 16 copper statues.", 16, "statues"))
        #expect(find("Dozens of homes were flooded.", 24, "homes"))
        #expect(find("Thousands of mobile phones were seized.", 2000, "phones"))
        #expect(find("The rescue took nine hours.", 9, "hours"))
        #expect(find("Her party won 41.2% of the vote, up 3 percentage points.", 3, "percentage points"))
        #expect(find("The city will spend €2 billion on the dam.", 2e9, "EUR"))
        #expect(find("The bill came to £350 million.", 3.5e8, "GBP"))
        #expect(find("China pledged 5 billion yuan in aid.", 5e9, "CNY"))
        #expect(find("Farmers lost 300 million rupees.", 3e8, "INR"))
        #expect(find("Exports reached 12 billion euros.", 1.2e10, "EUR"))
        #expect(find("The river rose by 2 meters.", 2, "m"))
        let range = figures("Between 10 and 20 boats were lost.").first { $0.unit == "boats" }
        #expect(range?.value == 10 && range?.range == [10, 20])
        #expect(find("The mine produces 300 tons a day.", 300, "tons per day"))
        #expect(find("It was a 20-person crew.", 20, "persons"))
        #expect(find("A bear market lasts 206 trading days on average.", 206, "days"))
        #expect(find("The talks will take two more weeks.", 2, "weeks"))
        #expect(find("The 140,000 or so party members will vote.", 140_000, "members"))
        #expect(find("Jones was expelled, with 72 Republicans voting to remove him.", 72, "republicans"))
        #expect(find("Six girls younger than 14 were among the patients.", 6, "girls"))
        #expect(find("One in five adults lives alone.", 20, "%"))
        #expect(find("The fire sent hundreds fleeing from the town.", 200, "people"))
        let sums = figures("The deal is worth between $10 million and $20 million, and losses could reach $1.5 billion to $2 billion.")
        #expect(sums.map(\.value) == [1e7, 1.5e9] && sums.map(\.range) == [[1e7, 2e7], [1.5e9, 2e9]], "\(sums.map(\.display))")
        #expect(find("The Fed made a 25-basis-point cut on Wednesday.", 25, "basis points"))
        #expect(find("Dozens were injured in the blast.", 24, "people"))
        #expect(find("Deaths among adults over 65 rose sharply.", 65, "years old"))
        #expect(find("Temperatures exceeded 44C (111F) in July.", 44, "°C"))
        #expect(figures("Temperatures exceeded 44C (111F) in July.").count == 1)
        let gusts = figures("Wind gusts of up to 70mph (113km/h) are forecast.")
        #expect(gusts.map(\.display) == ["up to 70mph (113km/h)"] && gusts.first?.subject == "Wind gusts", "\(gusts.map(\.display))")
    }

    @Test("A death toll, 'N+', a number naming the counted thing, 'two or three', 'about a minute', 'more than a decade'")
    func moreCountForms() {
        func one(_ sentence: String) -> (Double, String, [Double]?)? {
            figures(sentence).first.map { ($0.value, $0.unit, $0.range) }
        }
        #expect(one("As of late Tuesday night, the death toll stood at 18.").map { $0.0 == 18 && $0.1 == "deaths" } == true)
        #expect(one("Last night, 17,000+ people sought refuge in shelters.").map { $0.0 == 17_000 && $0.1 == "people" } == true)
        #expect(one("The floods led to 75,000 911 calls on Sunday.").map { $0.0 == 75_000 && $0.1 == "calls" } == true)
        #expect(one("The city opened two or three more shelters.").map { $0.0 == 2 && $0.2 == [2, 3] } == true)
        #expect(one("The gunman fired for about a minute.").map { $0.0 == 1 && $0.1 == "minutes" } == true)
        #expect(one("It was the worst fire in more than a decade.").map { $0.0 == 10 && $0.1 == "years" } == true)
        #expect(figures("Just a week later, the council met again.").isEmpty)
        #expect(one("He spoke for 14 hours and 50 minutes without a break.").map { abs($0.0 - 14.8333) < 0.001 && $0.1 == "hours" } == true)
        #expect(one("Confirmed cases in the state surpassed 10,000 on Friday.").map { $0.0 == 10_000 && $0.1 == "cases" } == true)
        #expect(figures("The two men met at three o’clock.").allSatisfy { $0.unit != "o’clock" })
        #expect(one("Of the wounded, 52 were in critical condition.").map { $0.0 == 52 && $0.1 == "people" } == true)
        #expect(one("The attack lasted a couple of hours.").map { $0.0 == 2 && $0.1 == "hours" } == true)
        #expect(one("The crowd stretched for a half a mile.").map { $0.0 == 0.5 && $0.1 == "mi" } == true)
        #expect(figures("Watch: poster=\"http://v.example.com/images/1155968404/201606/1155968404_4944665893001-vs.jpg?pubId=1155968404\"").isEmpty)
    }

    @Test("'One' counts when stressed or when it counts a person; a quantity word after the plural ends the noun")
    func oneAndQuantityWords() {
        func one(_ sentence: String) -> (Double, String)? { figures(sentence).first.map { ($0.value, $0.unit) } }
        #expect(one("Police made just one arrest overnight.").map { $0.0 == 1 && $0.1 == "arrest" } == true)
        #expect(one("The measure failed by one vote.").map { $0.0 == 1 && $0.1 == "vote" } == true)
        #expect(one("One patient was in critical condition.").map { $0.0 == 1 && $0.1 == "patient" } == true)
        #expect(one("Acevedo confirmed the death of one police officer who was trapped.").map { $0.0 == 1 && $0.1 == "officer" } == true)
        #expect(one("Officials said one British national died.").map { $0.0 == 1 && $0.1 == "national" } == true)
        #expect(figures("\"Such a loss,\" one person wrote on the page.").isEmpty)
        #expect(figures("A relative of one member of the team spoke to reporters.").isEmpty)
        #expect(figures("The drug war is just one point of contention.").isEmpty)
        #expect(figures("One of the boys waved from the stretcher.").isEmpty)
        let range = figures("I don’t see those other one or two votes coming.")
        #expect(range.first.map { $0.value == 1 && $0.range == [1, 2] } == true)
        #expect(one("The gunman shot three police officers multiple times.").map { $0.0 == 3 && $0.1 == "officers" } == true)
        // "A year ago" measures how long ago; "a week ago" only says when. "She's 64." is an age.
        #expect(one("A year ago he formed his own movement.").map { $0.0 == 1 && $0.1 == "years" } == true)
        #expect(figures("A week ago the council met again.").isEmpty)
        #expect(one("She's 64. The council met again.").map { $0.0 == 64 && $0.1 == "years old" } == true)
    }

    @Test("Tallies: each side of a vote counted, a margin that makes a hundred a share")
    func tallies() {
        let vote = figures("The House voted 72 to 25 to expel him.")
        #expect(vote.map(\.value) == [72, 25] && vote.allSatisfy { $0.unit == "votes" }, "\(vote.map(\.display))")
        let margin = figures("Voters rejected the amendment by a 60-40 margin.")
        #expect(margin.map(\.value) == [60] && margin.first?.unit == "%", "\(margin.map(\.display))")
        // Not a tally: a range of prices.
        #expect(figures("Prices rose from 10 to 20 dollars.").allSatisfy { $0.unit != "votes" })
        // "231-187" (three digits a side, as a telephone number's parts): the side that carried the vote.
        let house = figures("The House voted 231-187 to hold her in contempt.")
        #expect(house.map(\.value) == [231] && house.first?.unit == "votes", "\(house.map(\.display))")
        #expect(figures("The second measure passed 250-168 on Wednesday.").map(\.value) == [250])
        // Not a vote: a score, a telephone number.
        #expect(figures("The Patriots won 24-17 in Denver.").allSatisfy { $0.unit != "votes" })
        #expect(figures("Call 555-1234 for tickets.").isEmpty)
    }

    @Test("A decimal without its leading zero, and a fraction of a percentage point, are shares; 'up to a year' is a duration")
    func leadingDecimalsAndPoints() {
        let lead = figures("Scott's lead was .15 percentage points, down from 0.25 of a percentage point.")
        #expect(lead.map(\.value) == [0.15, 0.25] && lead.allSatisfy { $0.unit == "percentage points" }, "\(lead.map(\.display))")
        #expect(lead.first?.display == ".15 percentage points")
        // A full stop that ends a sentence before a number is no decimal point.
        #expect(figures("The vote ended. 15 people left.").contains { $0.value == 15 })
        // "$6-billion": a scale joined by a hyphen.
        #expect(figures("Qatar pledged a $6-billion aid package.").map { "\($0.value) \($0.unit)" } == ["6000000000.0 USD"])
        // A capitalised number word beside a name is the name's; an adjective of shape counts nothing.
        #expect(figures("Homes in Seven Meadows did not flood, officials said.").isEmpty)
        #expect(figures("She was part of the Final Five women’s gymnastics team.").isEmpty)
        #expect(figures("The sign showed a six-pointed star.").isEmpty)
        #expect(figures("Seven people died in the flood.").map(\.value) == [7])
        // "a father of 12": the children counted.
        #expect(figures("He was a father of 12 and she is a mother of three.").map { "\($0.value) \($0.unit)" } == ["12.0 children", "3.0 children"])
        let prison = figures("She faces up to a year in prison.")
        #expect(prison.contains { $0.value == 1 && $0.unit == "years" }, "\(prison.map(\.display))")
    }

    @Test("A number after a capitalised word with nothing counted is part of a name; a count after a name is kept")
    func numbersInNames() {
        for sentence in [
            "The S&P 500 fell sharply and the FTSE 100 closed lower.", "Route 89 was closed, BBC Radio 4 reported.",
            "Climbers rested at Camp 6.", "The Nasdaq 100 also slipped.",
        ] {
            #expect(figures(sentence).isEmpty, "\(sentence): \(figures(sentence).map(\.display))")
        }
        #expect(figures("The Nasdaq Composite lost 12.3% on the day.").map(\.value) == [12.3])
        #expect(figures("Lula won 50.9% of the vote to Bolsonaro’s 49.1%.").map(\.value) == [50.9, 49.1])
        #expect(figures("Officials told CNN 19 people had died.").map(\.value) == [19])
        #expect(figures("About 700 residents live there.").first?.unit == "residents")
    }

    @Test("A casualty verb says what its number counts; a number between a determiner and a singular noun names a thing")
    func casualtiesAndLabels() {
        let blast = figures("The blast killed 12 and injured at least 30, police said.")
        #expect(blast.map(\.display) == ["killed 12", "injured at least 30"])
        #expect(blast.map(\.unit) == ["killed", "injured"])
        #expect(figures("A gunman kills five in the newsroom.").map(\.value) == [5])
        #expect(figures("The attack killed 19 soldiers near the border.").first?.unit == "soldiers")
        #expect(figures("She made a 911 call from the roof of the building.").isEmpty)
        #expect(figures("The 737 jet crashed into the sea off the coast.").isEmpty)
        #expect(figures("It was a one-off vote in a one-party state after a one-hour meeting.").map(\.display) == ["one-hour"])
        // A part of a plural group: "two of the boys", "two of its biggest problems".
        #expect(figures("Officials said two of the boys were sick.").first?.unit == "boys")
        #expect(figures("Officials said two of its biggest problems remain.").first?.unit == "problems")
        #expect(figures("Shares traded at a 12.49 billion average over the week.").map(\.value) == [12_490_000_000])
        #expect(figures("Officials said the 5 dead were all workers at the plant.").map(\.value) == [5])
        // "six were killed", "40 have been arrested": the state the counted people are in.
        let passive = figures("The vote came after six were killed and about 40 have been arrested in the town.")
        #expect(passive.map(\.unit) == ["killed", "arrested"])
        // Ages in commas after a noun for one person, and "her age as 38".
        let ages = figures("The wounded were a woman, 32, another woman, 27, and one man, 36, and a paper gave her age as 38.")
        #expect(ages.map(\.value) == [32, 27, 36, 38])
        #expect(Set(ages.map(\.unit)) == ["years old"])
    }

    @Test("No year, clock time, date, ordinal, page or gallery number, phone or house number, or name is a figure")
    func notFigures() {
        let sentence = "In 2019 at 7:50 pm on March 3, the 2nd of 6 photos (1 of 6) from 10 Downing St. and COVID-19 and G7 call (202) 555-0143 on page 4."
        #expect(figures(sentence).isEmpty, "\(figures(sentence).map(\.display))")
        #expect(figures("The 1700 GMT deadline passed.").isEmpty)
    }

    // MARK: 5. Disagreements

    @Test("A note only where independent sources differ on the same quantity, subject, place and time")
    func disagreements() {
        func article(_ id: String, _ text: String) -> Article {
            Article(id: id, sourceFile: id, title: id, published: wednesday, blocks: [.paragraph(text)])
        }
        let same = Extraction.run([
            article("a", "Some 3,000 workers were employed at the dam in 2024."),
            article("b", "About 4,500 workers were employed at the dam in 2024."),
        ]).figures
        #expect(FigureDisagreements.notes(in: same).count == 1)
        let places = Extraction.run([
            article("a", "About 3,000 workers were employed in Russia in 2024."),
            article("b", "About 4,500 workers were employed in China in 2024."),
        ]).figures
        #expect(FigureDisagreements.notes(in: places).isEmpty)
        let rates = Extraction.run([
            article("a", "The workers earned more than $500 million a year."),
            article("b", "Before sanctions, the workers earned some $2 billion annually."),
        ]).figures
        #expect(FigureDisagreements.notes(in: rates).isEmpty)
        let close = Extraction.run([
            article("a", "About 10,000 workers were employed at the dam in 2024."),
            article("b", "Nearly 9,000 workers were employed at the dam in 2024."),
        ]).figures
        #expect(FigureDisagreements.notes(in: close).isEmpty)
        // Versions of one story are not independent sources.
        #expect(FigureDisagreements.notes(in: same, sameStory: { _, _ in true }).isEmpty)
    }
}
