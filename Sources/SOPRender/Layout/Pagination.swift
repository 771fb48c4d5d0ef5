/// Splits the rows of the activity table into printed pages.
enum Pagination {
    /// Rows in order, each page as full as `available` allows; the last page also holds the
    /// `footer`. When everything fits on one page that is the whole answer; otherwise every page
    /// gives up `bands` of its height to the bands of off-page connectors. A section heading is
    /// never left last on a page, and a row taller than a page gets a page of its own.
    /// A row in `breaks` (`halaman_baru: ya`) starts a page, with the section heading just
    /// above it, whether or not the page before it is full.
    ///
    /// With `onlyAtBreaks` (the pages as signed, `tata_letak.halaman`), the table breaks at
    /// `breaks` and nowhere else, however full a page gets (the document prints it smaller).
    /// Otherwise a last page of a single row takes the row before it along.
    static func pages(heights: [Double], isSection: [Bool], available: Double, bands: Double,
                      footer: Double, breaks: Set<Int> = [], onlyAtBreaks: Bool = false) -> [Range<Int>]
    {
        guard !heights.isEmpty else { return [0..<0] }
        if onlyAtBreaks {
            var starts = [0]
            for index in breaks.sorted() where index > 0 && index < heights.count {
                var start = index
                // A section heading just above the row goes with it.
                while start - 1 > starts[starts.count - 1], isSection[start - 1] { start -= 1 }
                if start > starts[starts.count - 1] { starts.append(start) }
            }
            return zip(starts, starts.dropFirst() + [heights.count]).map { $0..<$1 }
        }
        if breaks.allSatisfy({ $0 <= 0 || $0 >= heights.count }), heights.reduce(0, +) + footer <= available { return [0..<heights.count] }
        let room = available - bands
        var pages: [Range<Int>] = []
        var start = 0
        var used = 0.0
        for index in heights.indices {
            if index > start, used + heights[index] > room || breaks.contains(index) {
                var end = index
                // Keep a heading with the row under it.
                while end - 1 > start, isSection[end - 1] { end -= 1 }
                pages.append(start..<end)
                start = end
                used = heights[start..<index].reduce(0, +)
            }
            used += heights[index]
        }
        // The footer closes the last page; when it does not fit, the last row moves on with it.
        if used + footer > room, heights.count - 1 > start {
            var end = heights.count - 1
            while end - 1 > start, isSection[end - 1] { end -= 1 }
            pages.append(start..<end)
            start = end
        }
        pages.append(start..<heights.count)
        return keepingCompany(pages, heights: heights, isSection: isSection, room: room, footer: footer, breaks: breaks)
    }

    /// A last page holding a single row takes the row before it along (with its heading), when
    /// both and the footer fit and the page before keeps a row of its own: a signed document does
    /// not end on a page of one row. Pages a unit breaks itself (`halaman_baru`) stay as written.
    private static func keepingCompany(_ pages: [Range<Int>], heights: [Double], isSection: [Bool], room: Double,
                                       footer: Double, breaks: Set<Int>) -> [Range<Int>]
    {
        guard pages.count >= 2, let last = pages.last else { return pages }
        let before = pages[pages.count - 2]
        guard last.filter({ !isSection[$0] }).count == 1, !before.isEmpty else { return pages }
        var cut = before.upperBound - 1
        while cut - 1 >= before.lowerBound, isSection[cut - 1] { cut -= 1 }
        guard (before.lowerBound..<cut).contains(where: { !isSection[$0] }),
              !breaks.contains(where: { $0 > before.lowerBound && $0 < last.upperBound }),
              heights[cut..<last.upperBound].reduce(0, +) + footer <= room
        else { return pages }
        return pages.dropLast(2) + [before.lowerBound..<cut, cut..<last.upperBound]
    }
}
