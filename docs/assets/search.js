// Site search with Pagefind (index written by ruleoflaw/search.py into pagefind/).
// Every page: a search form in the header that opens search/?q=... .
// The search page (#site-search): runs the query from ?q= and lists the pages found.
//
// Han text is indexed as character bigrams, each spelled as one ASCII word
// (ruleoflaw/search.py explains why; keep the spelling here in step with it):
// a character is its code point in 3 base-36 digits, a bigram "zx" + both codes,
// the last character of a run "zx" + its code + "zzz". A query is folded to
// Simplified (pagefind/search-fold.json, from OpenCC), then each Han run is
// spelled as bigrams covering it; one character searches the prefix "zx" + its code.
(() => {
  const script = document.currentScript
  const root = new URL("..", script ? script.src : location.href)  // this script is assets/search.js
  const bundle = new URL("pagefind/", root)
  const searchPage = new URL("search/", root)
  const HAN = /[\u3400-\u9fff]+/g
  const PREFIX = "zx"
  const PAGE_SIZE = 10
  const EXCERPT_BEFORE = 24
  const EXCERPT_AFTER = 56

  const code = char => char.codePointAt(0).toString(36).padStart(3, "0")

  // Query words for one Han run: bigrams covering it (every page containing the run contains them all).
  const runWords = run => {
    const chars = [...run]
    if (chars.length === 1) return [PREFIX + code(chars[0])]
    const words = []
    for (let i = 0; i + 1 < chars.length; i += 2) words.push(PREFIX + code(chars[i]) + code(chars[i + 1]))
    if (chars.length % 2) words.push(PREFIX + code(chars[chars.length - 2]) + code(chars[chars.length - 1]))
    return words
  }

  // Index words back to text: each spelled word stands for its first character. Spaces
  // between spelled words are the index's, and so are those between Han text and Chinese
  // punctuation (“ 全城通办 ”: Chinese quotation marks, dashes and ellipses are set wide too), digits or the
  // punctuation the normalised text writes narrow (新源县 2023 年, ( 三 ), [ 新源县…总结 ], 办结 / 审结: Chinese
  // sets none there); a space between Han text and Latin letters stays.
  const TOKEN = /(?<![0-9a-z])zx([0-9a-z]{3})[0-9a-z]{3}(?![0-9a-z])(?:\s+(?=zx[0-9a-z]{6}(?![0-9a-z])))?/g
  const WIDE = "[\u2010-\u2027\u3000-\u303f\u3400-\u9fff\uff00-\uffef]"
  const JOINED = `(?:${WIDE}|[0-9(),.:;!?%/\\[\\]])`
  const WIDE_GAP = new RegExp(`(?<=${WIDE})\\s+(?=${JOINED})|(?<=${JOINED})\\s+(?=${WIDE})`, "g")
  const decode = text => text.replace(TOKEN, (_, first) => String.fromCodePoint(parseInt(first, 36))).replace(WIDE_GAP, "")

  let folding = null
  const foldMap = () => {
    folding ??= fetch(new URL("search-fold.json", bundle))
      .then(response => response.ok ? response.json() : {from: "", to: ""})
      .then(({from, to}) => {
        const map = new Map()
        const targets = [...to]
        ;[...from].forEach((char, i) => map.set(char, targets[i]))
        return map
      })
      .catch(() => new Map())
    return folding
  }

  // Full-width letters and digits to ASCII, Traditional characters to Simplified, quotes and spaces tidied.
  const fold = async query => {
    const map = await foldMap()
    return [...query.normalize("NFKC")].map(char => map.get(char) ?? char).join("")
      .replace(/["“”'‘’]/g, " ").replace(/\s+/g, " ").trim()
  }

  const spell = folded => folded.replace(HAN, run => ` ${runWords(run).join(" ")} `).replace(/\s+/g, " ").trim().toLowerCase()

  // A large site is indexed in shards by report year (ruleoflaw/search.py, SHARD_PAGES): the
  // base bundle in pagefind/ (every page outside a report's folder), always searched, and the
  // year shards in pagefind/<k>/, listed with their years in pagefind/shards.json
  // ({"shards": [{"path": "1/", "year": 2025}, ...], "years": [2025, ...]}, newest first).
  // Only the shards of the chosen years are merged (Pagefind's mergeIndex), so a first query
  // downloads the index chunks of a few shards, not of every one. A shard listed without a
  // year is always merged. A site in one bundle lists no shard and no year.
  let listing = null
  const shardList = () => {
    listing ??= fetch(new URL("shards.json", bundle))
      .then(response => response.ok ? response.json() : {})
      .catch(() => ({}))
      .then(data => {
        const shards = (Array.isArray(data.shards) ? data.shards : [])
          .map(shard => typeof shard === "string" ? {path: shard, year: null} : shard)
          .filter(shard => shard && typeof shard.path === "string")
        const listed = Array.isArray(data.years) ? data.years : shards.map(shard => shard.year)
        const years = [...new Set(listed.filter(Number.isInteger))].sort((a, b) => b - a)
        return {shards, years}
      })
    return listing
  }

  // The years to search, from the address's years= ("all", or years separated by commas):
  // "all", or a list of the site's years, newest first; by default the newest year only.
  const chosenYears = (param, years) => {
    if (!years.length) return "all"
    if ((param || "").trim() === "all") return "all"
    const asked = new Set((param || "").split(",").map(year => Number(year.trim())).filter(Number.isInteger))
    const chosen = years.filter(year => asked.has(year))
    if (!chosen.length) return [years[0]]
    return chosen.length === years.length ? "all" : chosen
  }
  // An address with its commas (years=2024,2025) left as they are.
  const readable = url => {
    url.search = url.searchParams.toString().replace(/%2C/gi, ",")
    return url
  }
  const yearsParam = chosen => chosen === "all" ? "all" : [...chosen].sort((a, b) => a - b).join(",")

  // The years searched: "all" or a list of years (set by the search page from the address).
  let years = null
  let engine = null, engineKey = null
  const pagefind = async () => {
    const {shards, years: all} = await shardList()
    const chosen = years ?? chosenYears(null, all)
    const wanted = shards.filter(shard => shard.year == null || chosen === "all" || chosen.includes(shard.year))
    const key = wanted.map(shard => shard.path).join(" ")
    if (engine && engineKey === key) return engine
    const previous = engine
    engineKey = key
    engine = import(new URL("pagefind.js", bundle).href).then(async module => {
      if (previous) await previous.then(instance => instance.destroy()).catch(() => {})
      const instance = module.createInstance({baseUrl: root.pathname})
      await Promise.all(wanted.map(shard => instance.mergeIndex(new URL(shard.path, bundle).href, {baseUrl: root.pathname})))
      return instance
    })
    engine.catch(() => { if (engineKey === key) { engine = null; engineKey = null } })
    return engine
  }

  // {folded, results}: Pagefind's results (each with data()) for what a reader typed: the pages
  // holding every word of the query. Pagefind leaves out of a search a word its index does not
  // hold at all, and answers for the others: a query with a bigram no page has would find pages
  // holding only its other bigrams, and so would a shard that lacks one (ruleoflaw/search.py).
  // So a result must also be found by each word alone; those searches read the index chunks
  // the query has loaded already.
  // `options`: Pagefind's search options (filters).
  const search = async (query, options = {}) => {
    const folded = await fold(query)
    if (!folded) return {folded, results: []}
    const engine = await pagefind()
    const spelled = spell(folded)
    const found = await engine.search(spelled, options)
    let results = found ? found.results : []
    const words = [...new Set(spelled.split(" "))].filter(word => /[0-9a-z]/.test(word))
    if (words.length > 1 && results.length) {
      const alone = await Promise.all(words.map(async word => {
        const each = await engine.search(word, options)
        return new Set(each ? each.results.map(result => result.id) : [])
      }))
      results = results.filter(result => alone.every(ids => ids.has(result.id)))
    }
    return {folded, results}
  }

  // A page holding every bigram of a Han run of three characters or more may hold them apart
  // (荆州经济技术开发区 … 州市 for 荆州市), and so may a page holding the parts of a figure or a
  // code the index splits at its points or dashes (97 … 5 for 97.5), or the words and the figure of
  // a phrase apart (共受理行政复议案件19件 … 25 for 共受理行政复议案件25件); and Pagefind answers a word
  // of letters or digits with the pages holding a word it begins (8870 for 88701), or, for a word
  // its index lacks, with the pages of the query's other words. So a result is listed only where
  // its text, loaded as it is shown, holds each piece of the query whole (what stands between two
  // spaces or punctuation marks: Han characters, letters and digits as typed together), a figure or
  // a word of letters at a piece's edge as a whole one (88701 not inside 188701, 25件 not inside 125件).
  // A piece of one or two Han characters is one bigram or one character, which the index finds exactly.
  const PIECE = /[\u3400-\u9fff0-9a-z]+(?:[.\-/:][\u3400-\u9fff0-9a-z]+)*/gi
  const LATIN_PIECE = /^[0-9a-z]+(?:[.\-/:][0-9a-z]+)*$/i
  const wholeRuns = folded => (folded.match(PIECE) || []).filter(piece => !/^[\u3400-\u9fff]{1,2}$/.test(piece))
  const holdsRuns = (data, runs) => {
    const text = (decode(data.content || "") + " " + decode((data.meta && data.meta.title) || "")).toLowerCase()
    // (the text as shown keeps a space between Han text and letters: ICP备 12345号)
    const unspaced = text.replace(/\s+/g, "")
    return runs.every(piece => {
      const whole = new RegExp((/^[0-9a-z]/i.test(piece) ? "(?<![0-9a-z])" : "") +
        piece.toLowerCase().replace(/[.\-/:]/g, "\\$&") + (/[0-9a-z]$/i.test(piece) ? "(?![0-9a-z])" : ""))
      return whole.test(text) || (!LATIN_PIECE.test(piece) && whole.test(unspaced))
    })
  }

  // A query that runs a place and a topic together (新源县行政复议) is a run the pages hold only
  // apart (新源县…行政复议). Where it finds nothing as typed, it is tried split after the suffix
  // that ends a place's name (新源县 行政复议), each place where one stands in turn, first first:
  // the pages holding both parts are what a reader who typed no space was asking for.
  // A query naming a place and the place above it (四川省成都市行政复议) is last tried split after
  // every such suffix at once. What a split finds is a report's or an indicator's page: the site's
  // own pages (首页, 数据下载, 披露矩阵) name places and indicators as examples or in lists, and are
  // no answer to a question about one place.
  const PLACE_END = /(?:省|市|区|县|旗|州|盟|镇|乡|街道)(?=[\u3400-\u9fff]{2})/g
  const placeSplits = folded => {
    const splits = []
    for (const run of folded.match(HAN) || []) {
      const ends = [...run.matchAll(PLACE_END)].filter(end => end.index > 0).map(end => end.index + end[0].length)
      for (const at of ends) splits.push(folded.replace(run, `${run.slice(0, at)} ${run.slice(at)}`))
      if (ends.length > 1) {
        splits.push(folded.replace(run, ends.reduceRight((text, at) => `${text.slice(0, at)} ${text.slice(at)}`, run)))
      }
    }
    return [...new Set(splits)]
  }

  const escape = text => text.replace(/[&<>"]/g, char => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"})[char])

  // A short passage around the first place the query (or one of its words) occurs, with every occurrence marked.
  // The page's text begins with its title, shown already: a later occurrence is preferred.
  const excerpt = (text, folded, title) => {
    const needles = [folded, ...folded.split(" ")].filter(Boolean)
    const lowered = text.toLowerCase()
    const after = text.startsWith(title) ? title.length : 0
    let at = -1
    for (const needle of needles) {
      at = lowered.indexOf(needle.toLowerCase(), after)
      if (at < 0) at = lowered.indexOf(needle.toLowerCase())
      if (at >= 0) break
    }
    const start = Math.max(0, at - EXCERPT_BEFORE)
    const passage = text.slice(start, Math.max(at, 0) + EXCERPT_AFTER)
    const words = [...new Set(needles)].sort((a, b) => b.length - a.length)
      .map(word => escape(word).replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    const marked = escape(passage).replace(new RegExp(words.join("|"), "gi"), match => `<mark>${match}</mark>`)
    return (start > 0 ? "…" : "") + marked + (start + passage.length < text.length ? "…" : "")
  }

  const SECTIONS = {reports: "报告", indicators: "指标"}
  const section = url => SECTIONS[new URL(url, location.href).pathname.slice(root.pathname.length).split("/")[0]] || "页面"

  const renderResult = (data, folded) => {
    const item = document.createElement("li")
    item.className = "site-search__result"
    const text = decode(data.content || "")
    const title = data.meta && data.meta.title ? decode(data.meta.title) : data.url
    item.innerHTML = `<a href="${escape(data.url)}">${escape(title)}</a>` +
      `<span class="site-search__section">${section(data.url)}</span>` +
      `<p class="site-search__excerpt">${excerpt(text, folded, title)}</p>`
    return item
  }

  // The search page: the query from ?q=, results a page at a time.
  const runPage = container => {
    const form = container.querySelector("form")
    const input = form.querySelector("input[name=q]")
    const status = container.querySelector(".site-search__status")
    const list = container.querySelector(".site-search__results")
    const more = container.querySelector(".site-search__more")
    const pageTitle = document.title
    let shown = 0, current = null, run = 0
    let allYears = []
    let yearBoxes = null, allBox = null
    // whether the address chose the years (years=); if not, a search the newest year does not answer
    // with a report widens to every year (start)
    let yearsAsked = false, widened = false

    // The year choice (a site indexed in shards by year): a checkbox a year and 全部年度, and a
    // note saying which years were searched. Hidden on a site in one bundle.
    const scope = container.querySelector(".site-search__scope") || (() => {
      const note = document.createElement("p")
      note.className = "site-search__scope"
      note.id = "site-search-scope"
      note.hidden = true
      status.before(note)
      return note
    })()
    const fieldset = container.querySelector(".site-search__years") || (() => {
      const set = document.createElement("fieldset")
      set.className = "site-search__years"
      set.hidden = true
      scope.before(set)
      return set
    })()
    if (!scope.id) scope.id = "site-search-scope"

    const showYears = () => {
      if (!allYears.length) return
      allBox.checked = years === "all"
      allBox.indeterminate = false
      yearBoxes.forEach(box => { box.checked = years === "all" || years.includes(Number(box.value)) })
      if (years === "all") {
        scope.textContent = (widened ? `${allYears[0]} 年度的报告中没有找到，` : "")
          + `搜索了全部年度（${allYears[allYears.length - 1]}–${allYears[0]} 年）的报告。`
      } else {
        scope.textContent = `只搜索了 ${[...years].sort((a, b) => a - b).join("、")} 年度的报告；勾选其他年度或「全部年度」可搜索更多报告。`
      }
    }

    const buildYears = () => {
      fieldset.replaceChildren()
      const legend = document.createElement("legend")
      legend.textContent = "年度"
      fieldset.appendChild(legend)
      const box = (value, label) => {
        const wrapper = document.createElement("label")
        wrapper.className = "site-search__year"
        const input = document.createElement("input")
        input.type = "checkbox"
        input.name = "years"
        input.value = String(value)
        wrapper.append(input, document.createTextNode(label))
        fieldset.appendChild(wrapper)
        return input
      }
      allBox = box("all", "全部年度")
      yearBoxes = allYears.map(year => box(year, `${year} 年`))
      fieldset.setAttribute("aria-describedby", scope.id)
      fieldset.hidden = false
      scope.hidden = false
      fieldset.addEventListener("change", event => {
        const target = event.target
        yearsAsked = true
        widened = false
        if (target === allBox) {
          years = allBox.checked ? "all" : [allYears[0]]
        } else {
          const checked = yearBoxes.filter(input => input.checked).map(input => Number(input.value))
          years = chosenYears(checked.join(","), allYears)
          if (!checked.length) years = [allYears[0]]
        }
        showYears()
        const url = new URL(location.href)
        url.searchParams.set("q", input.value.trim())
        url.searchParams.set("years", yearsParam(years))
        history.pushState(null, "", readable(url))
        start(input.value)
      })
    }

    const readYears = () => {
      const asked = new URLSearchParams(location.search).get("years")
      yearsAsked = asked !== null
      widened = false
      if (allYears.length) years = chosenYears(asked, allYears)
      showYears()
    }

    // What the search found: every result, or, while results remain to be checked for the
    // query's whole runs (wholeRuns), those listed so far and how many remain. A query split
    // after a place's name (placeSplits) says so, and what was typed.
    const report = () => {
      const query = current.query
      const left = current.runs.length ? current.results.length - current.next : 0
      const count = current.runs.length ? shown : current.results.length
      const partial = allYears.length && years !== "all"
      const split = current.typed ? `没有页面含有连在一起的“${current.typed}”；分开搜索` : ""
      status.textContent = left
        ? `${split}“${query}”：已列出 ${shown} 个页面；另有 ${left} 个页面含有这些字，尚未核对是否连在一起，点“更多结果”继续。`
        : count ? `${split}“${query}”：找到 ${count} 个页面。`
        : partial ? `“${query}”：所选年度中没有找到页面；可勾选其他年度或「全部年度」再搜索。`
        // (a query already spaced into words is told nothing of spaces)
        : `“${query}”：没有找到页面。${/[\u3400-\u9fff]{4}/.test(query) && !/\s/.test(query.trim()) ? "词语之间加空格，可找到分开含有各个词的页面。" : ""}`
    }

    // The next results of the current search, up to a page of them: those whose text holds the
    // query's whole runs, loaded a page at a time until a page is filled or none are left; null
    // when a newer search has started.
    const collect = async mine => {
      const found = []
      while (found.length < PAGE_SIZE && current.next < current.results.length) {
        const batch = current.results.slice(current.next, current.next + PAGE_SIZE)
        const loaded = await Promise.all(batch.map(result => result.data()))
        if (mine !== run) return null
        current.next += batch.length
        found.push(...loaded.filter(data => holdsRuns(data, current.runs) && (!current.typed || section(data.url) !== "页面")))
      }
      return found
    }

    // Whether the current search finds a report's page: among those listed, or among the rest, which
    // the index says without their pages being loaded (report pages are indexed with the filter
    // kind: report, ruleoflaw/search.py), each word checked as search does (东莞市 行政复议, where no
    // report of the year holds 东莞, finds none).
    const holdsAReport = async found => {
      if (found.some(data => section(data.url) === "报告")) return true
      return (await search(current.folded, {filters: {kind: "report"}})).results.length > 0
    }

    const show = found => {
      found.forEach(data => list.appendChild(renderResult(data, current.folded)))
      shown += found.length
      more.hidden = current.next >= current.results.length
      report()
      container.dataset.ready = "true"
    }

    const showMore = async () => {
      more.hidden = true
      const found = await collect(run)
      if (found) show(found)
    }

    // The search for `query` (folded): its state, for collect and report.
    const searched = async (query, typed = null) => {
      const {folded, results} = await search(query)
      return {query: query.trim(), folded, results, runs: wholeRuns(folded), next: 0, typed}
    }

    const start = async query => {
      const mine = ++run
      delete container.dataset.ready
      list.replaceChildren()
      more.hidden = true
      shown = 0
      input.value = query
      if (!query.trim()) {
        status.textContent = "输入关键词搜索全部报告和指标页面。"
        container.dataset.ready = "true"
        return
      }
      status.textContent = "正在搜索…"
      try {
        const typed = await searched(query)
        if (mine !== run) return
        current = typed
        document.title = `${query.trim()} - ${pageTitle}`
        let found = await collect(mine)
        if (!found) return
        if (!found.length) {
          for (const split of placeSplits(typed.folded)) {
            current = await searched(split, typed.query)
            if (mine !== run) return
            found = await collect(mine)
            if (!found) return
            if (found.length) break
          }
          if (!found.length) current = typed
        }
        // A reader who chose no years and finds no report of the newest year (a place whose reports are all
        // of earlier years) is answered from every year, and told so: no place's reports are out of reach
        // of the header's box.
        if (!yearsAsked && allYears.length && years !== "all" && !(await holdsAReport(found))) {
          if (mine !== run) return
          years = "all"
          widened = true
          showYears()
          return start(query)
        }
        show(found)
      } catch (error) {
        if (mine === run) {
          status.textContent = "搜索索引未能加载。"
          container.dataset.ready = "error"
        }
      }
    }

    form.addEventListener("submit", event => {
      event.preventDefault()
      const url = new URL(location.href)
      url.searchParams.set("q", input.value.trim())
      history.pushState(null, "", readable(url))
      readYears()
      start(input.value)
    })
    more.addEventListener("click", showMore)
    window.addEventListener("popstate", () => {
      readYears()
      start(new URLSearchParams(location.search).get("q") || "")
    })
    const query = new URLSearchParams(location.search).get("q") || ""
    shardList().then(list => {
      allYears = list.years
      if (allYears.length) buildYears()
      readYears()
      start(query)
    })
  }

  // The header form on every page.
  const addHeaderForm = () => {
    const header = document.querySelector(".md-header__inner")
    if (!header || header.querySelector(".site-search-header")) return
    const form = document.createElement("form")
    form.className = "site-search-header"
    form.setAttribute("role", "search")
    form.setAttribute("aria-label", "全站搜索")  // the search page's own form is another search landmark
    form.action = searchPage.href
    form.method = "get"
    form.innerHTML = '<input type="search" name="q" placeholder="搜索" aria-label="搜索全站" autocomplete="off">' +
      '<button type="submit" aria-label="搜索"><svg viewBox="0 0 24 24" aria-hidden="true" width="18" height="18">' +
      '<path fill="currentColor" d="M9.5 3A6.5 6.5 0 0 1 16 9.5c0 1.61-.59 3.09-1.56 4.23l.27.27h.79l5 5-1.5 1.5-5-5v-.79l-.27-.27A6.516 6.516 0 0 1 9.5 16 6.5 6.5 0 0 1 3 9.5 6.5 6.5 0 0 1 9.5 3m0 2C7 5 5 7 5 9.5S7 14 9.5 14 14 12 14 9.5 12 5 9.5 5"/></svg></button>'
    const source = header.querySelector(".md-header__source")
    header.insertBefore(form, source)
  }

  window.ruleoflawSearch = {fold, spell, decode, search, chosenYears}
  addHeaderForm()
  const container = document.getElementById("site-search")
  if (container) runPage(container)
})()
