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
