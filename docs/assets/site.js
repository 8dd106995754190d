// Material's search dialog has no accessible name; screen readers announce this one.
document.querySelectorAll(".md-search[role=dialog]").forEach(dialog => dialog.setAttribute("aria-label", "站内搜索"))

// A citation's access date ([引用日期], GB/T 7714: pages.ACCESS_DATE) is the reader's today: written
// here, as a build date would be the wrong date and make two builds of the same data differ.
document.querySelectorAll(".citation").forEach(citation => {
  const today = new Date()
  const date = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
    .map((part, index) => String(part).padStart(index ? 2 : 4, "0")).join("-")
  const walker = document.createTreeWalker(citation, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) walker.currentNode.textContent = walker.currentNode.textContent.replace("[引用日期]", `[${date}]`)
})

// Copy buttons for citations: the text of the element named by data-copy.
document.addEventListener("click", event => {
  const button = event.target.closest("button[data-copy]")
  if (!button) return
  const text = document.getElementById(button.dataset.copy).textContent
  navigator.clipboard.writeText(text).then(() => {
    button.textContent = "已复制"
    setTimeout(() => { button.textContent = "复制" }, 2000)
  })
})

// Sortable tables: a header sorts by its column (click, Enter or Space) and says how it is
// sorted (aria-sort). `rows()` gives the rows to order; `changed()` runs after each sort.
const sortable = (table, rows, changed) => {
  const headers = [...table.querySelectorAll("th[data-sort]")]
  const sortBy = (header, ascending) => {
    const column = headers.indexOf(header)
    headers.forEach(th => th.setAttribute("aria-sort", "none"))
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending")
    const key = row => (row.cells[column].dataset.value ?? row.cells[column].textContent).trim()
    const compare = header.dataset.sort === "number"
      ? (a, b) => Number(key(a)) - Number(key(b))
      : (a, b) => key(a).localeCompare(key(b), "zh-CN")
    // a row with nothing in the column (no headline value: —) goes last either way, not among the zeros
    const empty = row => key(row) === "" || (header.dataset.sort === "number" && Number.isNaN(Number(key(row))))
    const ordered = rows().sort((a, b) => {
      if (empty(a) || empty(b)) return empty(a) - empty(b)  // two empty rows keep their order
      return ascending ? compare(a, b) : compare(b, a)
    })
    ordered.forEach(row => table.tBodies[0].appendChild(row))
  }
  headers.forEach(header => {
    header.tabIndex = 0
    header.setAttribute("aria-sort", "none")
    const toggle = () => { sortBy(header, header.getAttribute("aria-sort") !== "ascending"); changed() }
    header.addEventListener("click", toggle)
    header.addEventListener("keydown", event => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault()  // Space would scroll the page
        toggle()
      }
    })
  })
  return {
    // "4-descending", or "" when unsorted: how the address keeps the order
    state: () => {
      const sorted = headers.find(th => ["ascending", "descending"].includes(th.getAttribute("aria-sort")))
      return sorted ? `${headers.indexOf(sorted)}-${sorted.getAttribute("aria-sort")}` : ""
    },
    restore: state => {
      const [column, direction] = (state || "").split("-")
      if (column !== "" && headers[Number(column)]) sortBy(headers[Number(column)], direction !== "descending")
    },
  }
}

// A value as the pages show it (pages.display_number): at most two decimals; money with a fraction of a
// yuan to the fen, as reports write it (5218614.20元: 5,218,614.20).
const shownNumber = (value, unit) => value.toLocaleString("zh-CN", unit === "yuan" && !Number.isInteger(value)
  ? {minimumFractionDigits: 2, maximumFractionDigits: 2} : {maximumFractionDigits: 2})

// Keep a view's filters and sort in the address, so it can be shared and survives a reload.
const rememberInAddress = entries => {
  const params = new URLSearchParams()
  entries.forEach(([key, value]) => { if (value) params.set(key, value) })
  const query = params.toString()
  history.replaceState(null, "", query ? `?${query}` : location.pathname)
}

// The reports catalogue: filter rows by the selects above it, sort by a header. Without
// JavaScript the whole table is shown.
document.querySelectorAll(".catalogue-filters").forEach(filters => {
  const table = document.getElementById(filters.dataset.for)
  const rows = [...table.tBodies[0].rows]
  const count = filters.querySelector(".catalogue-count")
  const selects = [...filters.querySelectorAll("select")]
  const remember = () => rememberInAddress([...selects.map(s => [s.dataset.filter, s.value]), ["sort", sorting.state()]])
  const sorting = sortable(table, () => rows, remember)
  const apply = () => {
    let shown = 0
    rows.forEach(row => {
      const visible = selects.every(select => !select.value || row.dataset[select.dataset.filter] === select.value)
      row.hidden = !visible
      shown += visible
    })
    count.textContent = shown ? `显示 ${shown} / ${rows.length} 份` : `没有符合所选条件的报告（共 ${rows.length} 份），请放宽筛选`
  }
  const params = new URLSearchParams(location.search)
  selects.forEach(select => {
    const wanted = params.get(select.dataset.filter)
    if (wanted && [...select.options].some(option => option.value === wanted)) select.value = wanted
  })
  sorting.restore(params.get("sort"))
  filters.addEventListener("change", () => { apply(); remember() })
  apply()
})

// The explore page: one indicator's headline values (data/by-indicator/<id>-values.json) joined with
// every report's places (data/by-indicator/reports.json, loaded once), filtered by province, prefecture,
// county, region, level and year, sorted by a header; on request it lists the reports that do not
// disclose the indicator too. The address holds the whole view, and "下载 CSV" gives exactly the rows
// shown, in their order.
document.querySelectorAll("#explore").forEach(async filters => {
  const labels = JSON.parse(document.getElementById("explore-labels").textContent)
  const table = document.getElementById("explore-table")
  const body = table.tBodies[0]
  const count = filters.querySelector(".explore-count")
  const download = filters.querySelector(".explore-csv")
  const select = key => filters.querySelector(`select[data-key=${key}]`)
  const listUndisclosed = filters.querySelector("input[data-key=undisclosed]")
  const keys = ["indicator", "province", "prefecture", "county", "region", "level", "year"]
  const column = {province: "province", prefecture: "prefecture", county: "county", region: "region",
                  level: "admin_level", year: "report_year"}
  let places = null  // every report's places: {fields, rows}, names as written
  let rank = new Map()  // a place's name -> its place in pinyin order (the file's list of names)
  let data = {fields: [], rows: [], sparse: {}}  // every report, with the indicator's value where it has one
  const field = (row, name) => row[data.fields.indexOf(name)]
  // a report that gives no figure of the indicator has no row in its slice, so no derivation
  const disclosed = row => field(row, "derivation") !== null
  // a column the slice holds only where a row differs from its default (package.EXPLORE_SPARSE_FIELDS)
  const sparseNames = () => Object.keys(data.sparse)
  const sparseCell = (row, name) => !disclosed(row) ? (name === "reason" ? labels.undisclosed : "")
    : data.sparse[name].by_report[field(row, "report_id")] ?? data.sparse[name].default
  const remember = () => rememberInAddress([...keys.map(k => [k, select(k).value]),
                                            ["undisclosed", listUndisclosed.checked ? "1" : ""], ["sort", sorting.state()]])
  const sorting = sortable(table, () => [...body.rows], () => { remember(); offerCsv() })
  const cell = (text, value) => {
    const td = document.createElement("td")
    td.textContent = text ?? ""
    if (value !== undefined) td.dataset.value = value ?? ""
    return td
  }
  const offerCsv = () => {
    const quote = value => {
      let text = value === null || value === undefined ? "" : String(value)
      // a name that opens like a formula (=HYPERLINK(…), +, -, @) is text to Excel, which this file is made for,
      // not a formula it runs: a quote mark before it, as Excel writes one (numbers, -3 too, stay numbers)
      if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = "'" + text
      return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
    }
    const shown = [...body.rows].map(tr => tr.record)  // the rows on screen, in their order
    const lines = [["indicator", ...data.fields, ...sparseNames()],
                   ...shown.map(row => [data.indicator, ...row, ...sparseNames().map(name => sparseCell(row, name))])]
    URL.revokeObjectURL(download.href)
    // with a byte-order mark: Excel reads UTF-8 without one as GBK (pandas and R skip it)
    download.href = URL.createObjectURL(new Blob(["\ufeff" + lines.map(line => line.map(quote).join(",")).join("\n") + "\n"],
                                                 {type: "text/csv;charset=utf-8"}))
    // named by what it holds: the indicator and the filters chosen (disputes_handled-values-塔城地区-2024.csv)
    const chosen = keys.slice(1).map(key => select(key).value).filter(Boolean)
    download.download = [data.indicator, "values", ...chosen].join("-").replace(/[\\/:*?"<>|]/g, "_") + ".csv"
  }
  const fillOptions = (key, values, wanted) => {
    const list = select(key)
    list.replaceChildren(new Option("全部", ""), ...values.map(v => new Option(v, v)))
    list.value = values.map(String).includes(wanted) ? wanted : ""
  }
  // the reports whose province the metadata could not tell are one choice of the province list, named as the
  // matrix names them (pages.UNKNOWN_PROVINCE), so that a report's page can pin its region to them
  const unknownProvince = (key, value) => key === "province" && value === labels.unknown_province
  // a place's sort key in its column: its rank in pinyin order, so that a header sorts as the lists do ("" for none)
  const placeKey = name => rank.has(name) ? String(rank.get(name)).padStart(8, "0") : ""
  // places in the order of their pinyin, as the server reads them (长沙 as cháng), other values as the browser sorts
  const distinct = (name, rows = data.rows) => [...new Set(rows.map(row => field(row, name)).filter(v => v !== null))]
    .sort((a, b) => rank.has(a) && rank.has(b) ? rank.get(a) - rank.get(b) : String(a).localeCompare(String(b), "zh-CN"))
  // Whether a row passes the filter of one key (an unset filter passes every row).
  const passes = (row, key) => !select(key).value || (unknownProvince(key, select(key).value)
    ? field(row, column[key]) === null : String(field(row, column[key]) ?? "") === select(key).value)
  // The places offered at each step are those within the choices above it: the prefectures of the chosen
  // province, the counties of the chosen prefecture (a county's own report and its townships' and
  // departments'), the regions (the reporting governments and departments) of the chosen county, so that
  // they never contradict. One region over the years is what a report's page links to.
  const placeChain = ["province", "prefecture", "county", "region"]
  // Refill the lists from `first` down the chain, each keeping its `wanted` choice ({key: value}) where
  // the choices above still offer it.
  const fillPlaces = (first, wanted) => placeChain.slice(placeChain.indexOf(first)).forEach(key => {
    const above = placeChain.slice(0, placeChain.indexOf(key))
    const within = data.rows.filter(row => above.every(upper => passes(row, upper)))
    const unplaced = key === "province" && within.some(row => field(row, column[key]) === null)
    fillOptions(key, [...distinct(column[key], within), ...(unplaced ? [labels.unknown_province] : [])], wanted[key] || "")
  })
  const chosenPlaces = () => Object.fromEntries(placeChain.map(key => [key, select(key).value]))
  // The rows the filters let through, in the order the address's sort says, and their CSV.
  const render = sort => {
    const chosen = data.rows.filter(row => keys.slice(1).every(key => passes(row, key)))
    const chosenDisclosing = chosen.filter(disclosed)
    const shown = listUndisclosed.checked ? chosen : chosenDisclosing
    const silent = chosen.length - chosenDisclosing.length
    const conflicting = shown.filter(row => disclosed(row) && field(row, "value") === null).length
    body.replaceChildren(...shown.map(row => {
      const tr = document.createElement("tr")
      tr.record = row
      const value = field(row, "value")
      // the region is the link to the report's page, its figures and their sentences
      const link = document.createElement("a")
      link.href = `${filters.dataset.reports}${field(row, "report_id")}/`
      link.textContent = field(row, "region") || labels.unknown_region
      const regionCell = cell(null, placeKey(field(row, "region")))
      regionCell.append(link)
      // a value a quality check flags says so, as on the report's page (schema/checks.yml)
      const flags = (field(row, "flags") || "").split(" ").filter(Boolean).map(check => labels.checks[check] || check)
      // how the value was found, and where there is none, why (as on the report's page)
      const reason = sparseCell(row, "reason")
      // one value written in several places is taken once, and the page says so (pages.REPEATED)
      const repeated = field(row, "derivation") === "single" && field(row, "figure_count") > 1
        ? labels.repeated.replace("{count}", field(row, "figure_count")) : ""
      const source = cell(!disclosed(row) ? reason
        : labels.derivations[field(row, "derivation")] + repeated + (reason ? `：${reason}` : ""))
      flags.forEach(message => {
        const note = document.createElement("span")
        note.className = "flag"
        note.textContent = `⚠ ${message}，引用前请核对原文`
        source.append(note)
      })
      tr.append(regionCell,
                cell((value === null ? "—" : `${labels.qualifiers[field(row, "qualifier")] || ""}${shownNumber(value, field(row, "unit"))}`
                                             + (labels.units[field(row, "unit")] || "")) + (flags.length ? " ⚠" : ""), value),
                cell(field(row, "report_year")), cell(labels.levels[field(row, "admin_level")] || ""),
                ...["province", "prefecture", "county"].map(name => cell(field(row, name), placeKey(field(row, name)))),
                source)
      return tr
    }))
    const disclosing = data.disclosing
    // a report that discloses the indicator in figures that conflict has no headline value: said, not hidden in a "—"
    const conflictNote = conflicting ? `；${conflicting} 份不取主值` : ""
    count.textContent = (listUndisclosed.checked ? `显示 ${shown.length} 份报告，其中 ${silent} 份未披露这项指标${conflictNote}`
      : !disclosing ? "还没有报告披露这项指标"
      : shown.length ? `显示 ${shown.length} / ${disclosing} 份披露这项指标的报告${conflictNote}`
      : `没有符合所选条件的报告（共 ${disclosing} 份报告披露这项指标），请放宽筛选`)
      // a region or a year chosen whose reports do not state the indicator: say they exist, not only "none"
      + (listUndisclosed.checked || !silent ? ""
        : shown.length ? `；所选范围另有 ${silent} 份报告未披露，勾选“列出未披露的报告”可见`
        : `；所选范围内的 ${silent} 份报告均未披露这项指标，勾选“列出未披露的报告”可见`)
    sorting.restore(sort)
    offerCsv()
  }
  const load = async (params) => {
    const indicator = select("indicator").value
    if (!places) {
      // the place fields are indices into the file's names (package.EXPLORE_NAMED_FIELDS), which are in pinyin order
      const file = await (await fetch(`${filters.dataset.values}reports.json`)).json()
      const named = file.fields.map(name => file.named.includes(name))
      places = {fields: file.fields,
                rows: file.rows.map(row => row.map((value, i) => named[i] && value !== null ? file.names[value] : value))}
      rank = new Map(file.names.map((name, index) => [name, index]))
    }
    const slice = await (await fetch(`${filters.dataset.values}${indicator}-values.json`)).json()
    // each report's places, then the slice's columns (its report_id aside): its value, or nothing
    const values = new Map(slice.rows.map(row => [row[0], row.slice(1)]))
    const nothing = slice.fields.slice(1).map(() => null)
    data = {indicator: slice.indicator, sparse: slice.sparse, fields: [...places.fields, ...slice.fields.slice(1)],
            rows: places.rows.map(place => [...place, ...(values.get(place[0]) ?? nothing)]), disclosing: slice.rows.length}
    listUndisclosed.checked = params.get("undisclosed") === "1"
    fillPlaces("province", Object.fromEntries(placeChain.map(key => [key, params.get(key)])))
    fillOptions("year", distinct("report_year").reverse(), params.get("year") || "")
    const level = select("level")
    level.value = [...level.options].some(o => o.value === params.get("level")) ? params.get("level") : ""
    render(params.get("sort"))
    filters.dataset.ready = indicator
  }
  const params = new URLSearchParams(location.search)
  const wanted = params.get("indicator")
  const known = [...select("indicator").options].some(o => o.value === wanted)
  select("indicator").value = known ? wanted : labels.first
  // an address naming an indicator the vocabulary lacks (mistyped, or renamed) says so, not just shows another
  const unknown = filters.querySelector(".explore-unknown")
  if (wanted && !known) {
    unknown.textContent = `词表中没有指标“${wanted}”，下面是${select("indicator").selectedOptions[0].text.replace(/（.*$/, "")}的主值。`
    unknown.hidden = false
  }
  filters.addEventListener("change", async event => {
    if (event.target === select("indicator")) {
      delete filters.dataset.ready
      await load(new URLSearchParams(location.search))  // the filters and sort chosen stay, where the data has them
    } else {
      const step = placeChain.indexOf(event.target.dataset.key)
      if (step >= 0 && step < placeChain.length - 1) fillPlaces(placeChain[step + 1], chosenPlaces())
      render(new URLSearchParams(location.search).get("sort"))
    }
    remember()
  })
  await load(params)
  // a place, level or year the address asks for that the data does not hold (mistyped, or not within the places
  // chosen above it) says so, as an unknown indicator does, rather than silently showing every report
  const dropped = keys.slice(1).filter(key => params.get(key) && select(key).value !== params.get(key))
  if (dropped.length) {
    // each filter named by its label's words (省份 <select…>)
    const asked = dropped.map(key => `${select(key).parentElement.firstChild.textContent.trim()}“${params.get(key)}”`).join("、")
    unknown.textContent = `${unknown.hidden ? "" : unknown.textContent}所选范围内没有${asked}的报告，下面未按它筛选。`
    unknown.hidden = false
  }
  remember()
})

// A report's full text: each highlighted figure says which indicator it was read as, and takes
// the reader back to its row in the tables above (the evidence link of that row leads here).
// Written here, not into each page: a title on every highlight would cost a site of ten
// thousand reports some 15 MB of the 1 GB GitHub Pages holds.
const figureReadings = new Map()  // highlight -> {rows: the rows that read it, readings: ["指标：数值", ...]}
document.querySelectorAll("article .report-figures a.evidence[href^='#f']").forEach(link => {
  const mark = document.getElementById(link.getAttribute("href").slice(1))
  if (!mark) return
  const row = link.closest("tr")
  if (!figureReadings.has(mark)) figureReadings.set(mark, {rows: [], readings: []})
  const {rows, readings} = figureReadings.get(mark)
  const flagged = row.querySelector(".flag")  // a quality check's warning travels with the reading
  rows.push(row)
  readings.push(`${row.cells[0].textContent.trim()}：${row.cells[1].textContent.replace("⚠", "").trim()}`
                + (flagged ? `（${flagged.textContent.trim()}）` : ""))
})
figureReadings.forEach(({rows, readings}, mark) => {
  mark.title = readings.join("；")
  mark.tabIndex = 0
  mark.setAttribute("role", "link")
  mark.setAttribute("aria-label", `${mark.textContent}（${mark.title}；回到指标表）`)
  const back = () => {
    rows[0].scrollIntoView({block: "center"})
    rows[0].tabIndex = -1
    rows[0].focus({preventScroll: true})  // a keyboard goes on from the row, not from the highlight
    rows.forEach(row => row.classList.add("figure-row--found"))
    setTimeout(() => rows.forEach(row => row.classList.remove("figure-row--found")), 2000)
  }
  mark.addEventListener("click", back)
  mark.addEventListener("keydown", event => {
    if (event.key === "Enter") back()
  })
})

// Material's markup, once it has run (after load), made accessible:
// - a table that scrolls sideways (in Material's wrapper, on a narrow screen) scrolls from the keyboard
//   too: the wrapper takes focus and is named, each of a page's by its own name;
// - each code block's copy button stands in a <nav>: a page of several code blocks (the 数据下载 page's
//   snippets) would have several navigation landmarks of one name, none of them a way around the site.
window.addEventListener("load", () => {
  const scrolling = [...document.querySelectorAll(".md-typeset__scrollwrap")].filter(wrap => wrap.scrollWidth > wrap.clientWidth)
  scrolling.forEach((wrap, number) => {
    wrap.tabIndex = 0
    wrap.setAttribute("role", "region")
    wrap.setAttribute("aria-label", `表格${scrolling.length > 1 ? ` ${number + 1}` : ""}（可左右滚动）`)
  })
  document.querySelectorAll(".md-code__nav").forEach(nav => nav.setAttribute("role", "none"))
})
