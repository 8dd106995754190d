// Material's search dialog has no accessible name; screen readers announce this one.
document.querySelectorAll(".md-search[role=dialog]").forEach(dialog => dialog.setAttribute("aria-label", "站内搜索"))

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

// The reports catalogue: filter rows by the selects above it, sort by a header (click,
// Enter or Space). Filters and sort are kept in the address (?province=…&sort=4-descending),
// so a view can be shared and survives a reload. Without JavaScript the whole table is shown.
document.querySelectorAll(".catalogue-filters").forEach(filters => {
  const table = document.getElementById(filters.dataset.for)
  const rows = [...table.tBodies[0].rows]
  const count = filters.querySelector(".catalogue-count")
  const selects = [...filters.querySelectorAll("select")]
  const headers = [...table.querySelectorAll("th[data-sort]")]
  const remember = () => {
    const params = new URLSearchParams()
    selects.forEach(select => { if (select.value) params.set(select.dataset.filter, select.value) })
    const sorted = headers.find(th => ["ascending", "descending"].includes(th.getAttribute("aria-sort")))
    if (sorted) params.set("sort", `${headers.indexOf(sorted)}-${sorted.getAttribute("aria-sort")}`)
    const query = params.toString()
    history.replaceState(null, "", query ? `?${query}` : location.pathname)
  }
  const apply = () => {
    let shown = 0
    rows.forEach(row => {
      const visible = selects.every(select => !select.value || row.dataset[select.dataset.filter] === select.value)
      row.hidden = !visible
      shown += visible
    })
    count.textContent = `显示 ${shown} / ${rows.length} 份`
  }
  const sortBy = (header, ascending) => {
    const column = headers.indexOf(header)
    headers.forEach(th => th.setAttribute("aria-sort", "none"))
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending")
    const key = row => row.cells[column].textContent.trim()
    const compare = header.dataset.sort === "number"
      ? (a, b) => Number(key(a)) - Number(key(b))
      : (a, b) => key(a).localeCompare(key(b), "zh-CN")
    rows.sort((a, b) => ascending ? compare(a, b) : compare(b, a))
    rows.forEach(row => table.tBodies[0].appendChild(row))
  }
  headers.forEach(header => {
    header.tabIndex = 0
    header.setAttribute("aria-sort", "none")
    const toggle = () => { sortBy(header, header.getAttribute("aria-sort") !== "ascending"); remember() }
    header.addEventListener("click", toggle)
    header.addEventListener("keydown", event => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault()  // Space would scroll the page
        toggle()
      }
    })
  })
  const params = new URLSearchParams(location.search)
  selects.forEach(select => {
    const wanted = params.get(select.dataset.filter)
    if (wanted && [...select.options].some(option => option.value === wanted)) select.value = wanted
  })
  const [column, direction] = (params.get("sort") || "").split("-")
  if (headers[Number(column)] && column !== "") sortBy(headers[Number(column)], direction !== "descending")
  filters.addEventListener("change", () => { apply(); remember() })
  apply()
})
