-- sphinxcv.lua: LuaLaTeX's pages, written so that every PDF reader reads them as
-- they were written. Loaded by sphinxcv.sty under LuaLaTeX only.
--
-- Two things, as each page is shipped out:
--
-- * A real space character between words. LuaTeX moves to the next word without
--   one, and a reader guesses where words end from the gaps between glyphs:
--   PyMuPDF read Korean and Vietnamese lines as one word. pdfTeX's
--   \pdfinterwordspaceon does this for pdflatex; LaTeX's tagpdf does it the
--   same way for LuaTeX, but only in a tagged PDF.
--
-- * Each right-to-left glyph in a text object of its own. LuaTeX writes a
--   right-to-left run's glyphs in the order written, each left of the last.
--   pdfminer.six reads them in that order, as written; pypdf takes any run of
--   right-to-left characters for one drawn left to right, and turns it round.
--   A run of one glyph reads the same both ways, so both read the text as written,
--   and pdftotext and PyMuPDF, which order glyphs by where they are, do too.

local GLYPH = node.id("glyph")
local GLUE = node.id("glue")
local KERN = node.id("kern")
local WHATSIT = node.id("whatsit")
local HLIST = node.id("hlist")
local VLIST = node.id("vlist")
local SPACE = 32
local right_to_left = luatexbase.attributes["cv@righttoleft"]

-- An empty literal in page mode ends the text object before it (ET) and begins
-- another after it (BT): the glyphs around it are two runs to every reader.
local function text_object_break()
  local literal = node.new("whatsit", "pdf_literal")
  literal.mode = 1
  literal.data = ""
  return literal
end

local fonts_with_a_space = {}

local function has_space(font_id)
  local known = fonts_with_a_space[font_id]
  if known == nil then
    local shown = font.getfont(font_id)
    known = shown ~= nil and shown.characters ~= nil and shown.characters[SPACE] ~= nil
    fonts_with_a_space[font_id] = known
  end
  return known
end

-- The glyph a word ends with, before the glue that follows it.
local function last_glyph_before(glue)
  local previous = glue.prev
  while previous and (previous.id == KERN or previous.id == WHATSIT) do
    previous = previous.prev
  end
  if previous and previous.id == GLYPH then
    return previous
  end
  return nil
end

local function is_right_to_left(glyph)
  return node.has_attribute(glyph, right_to_left) ~= nil
end

local function readable(head)
  local current = head
  while current do
    local id = current.id
    if id == HLIST or id == VLIST then
      current.head = readable(current.head)
    elseif id == GLYPH and current.char ~= SPACE and is_right_to_left(current) then
      head = node.insert_before(head, current, text_object_break())
      local after = text_object_break()
      head = node.insert_after(head, current, after)
      current = after
    elseif id == GLUE and current.width > 0 then
      local word_end = last_glyph_before(current)
      if word_end and has_space(word_end.font) then
        -- The space's own width comes out of the glue: the line keeps its length.
        local space = node.new(GLYPH)
        space.char = SPACE
        space.font = word_end.font
        space.attr = word_end.attr
        head = node.insert_before(head, current, space)
        current.width = current.width - space.width
        if is_right_to_left(word_end) then
          head = node.insert_before(head, space, text_object_break())
          head = node.insert_before(head, current, text_object_break())
        end
      end
    end
    current = current.next
  end
  return head
end

luatexbase.add_to_callback("pre_shipout_filter", function(box)
  box.head = readable(box.head)
  return true
end, "sphinxcv.readable")

-- The PDF's /ID, as pdfTeX makes it: a digest of the date the PDF is made
-- (SOURCE_DATE_EPOCH's, when it is set) and the file's name. LuaTeX's own digests
-- the folder it writes to as well, and the same CV built in two places differed.
local id = md5.HEX(pdf.getcreationdate() .. tex.jobname)
tex.sprint("\\pdfvariable trailerid {[<" .. id .. "> <" .. id .. ">]}")
