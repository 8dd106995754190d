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

// The reports catalogue: filter rows by the selects above it, sort by a header click.
// Without JavaScript the whole table is shown, unsorted and unfiltered.
document.querySelectorAll(".catalogue-filters").forEach(filters => {
  const table = document.getElementById(filters.dataset.for)
  const rows = [...table.tBodies[0].rows]
  const count = filters.querySelector(".catalogue-count")
  const apply = () => {
    const wanted = [...filters.querySelectorAll("select")].map(select => [select.dataset.filter, select.value])
    let shown = 0
    rows.forEach(row => {
      const visible = wanted.every(([key, value]) => !value || row.dataset[key] === value)
      row.hidden = !visible
      shown += visible
    })
    count.textContent = `显示 ${shown} / ${rows.length} 份`
  }
  filters.addEventListener("change", apply)
  apply()
  table.querySelectorAll("th[data-sort]").forEach((header, column) => {
    header.tabIndex = 0
    const sort = () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending"
      table.querySelectorAll("th").forEach(th => th.removeAttribute("aria-sort"))
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending")
      const key = row => row.cells[column].textContent.trim()
      const compare = header.dataset.sort === "number"
        ? (a, b) => Number(key(a)) - Number(key(b))
        : (a, b) => key(a).localeCompare(key(b), "zh-CN")
      rows.sort((a, b) => ascending ? compare(a, b) : compare(b, a))
      rows.forEach(row => table.tBodies[0].appendChild(row))
    }
    header.addEventListener("click", sort)
    header.addEventListener("keydown", event => { if (event.key === "Enter") sort() })
  })
})
