import { BoldOutlined, ItalicOutlined, LinkOutlined, OrderedListOutlined, UnderlineOutlined, UnorderedListOutlined } from "@ant-design/icons";
import { Button, Flex } from "antd";
import { useEffect, useRef } from "react";

/**
 * A small rich-text editor for article bodies (bold, italic, underline, heading, lists, links) on a
 * contentEditable area. Whatever it produces is sanitised again by the service (nh3) before it is stored.
 */
export function RichTextEditor({ value, onChange, testId }: { value?: string; onChange?: (html: string) => void; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Only when the value comes from outside (a loaded draft), never while typing: the caret would jump.
    if (ref.current && value !== undefined && ref.current.innerHTML !== value && document.activeElement !== ref.current)
      ref.current.innerHTML = value;
  }, [value]);
  const exec = (command: string, arg?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, arg);
    onChange?.(ref.current?.innerHTML ?? "");
  };
  return (
    <div style={{ border: "1px solid #d9d9d9", borderRadius: 6 }}>
      <Flex gap={4} wrap style={{ padding: 4, borderBottom: "1px solid #f0f0f0" }}>
        <Button size="small" icon={<BoldOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => exec("bold")} />
        <Button size="small" icon={<ItalicOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => exec("italic")} />
        <Button size="small" icon={<UnderlineOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => exec("underline")} />
        <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={() => exec("formatBlock", "h3")}>H</Button>
        <Button size="small" onMouseDown={(e) => e.preventDefault()} onClick={() => exec("formatBlock", "p")}>¶</Button>
        <Button size="small" icon={<UnorderedListOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => exec("insertUnorderedList")} />
        <Button size="small" icon={<OrderedListOutlined />} onMouseDown={(e) => e.preventDefault()} onClick={() => exec("insertOrderedList")} />
        <Button
          size="small"
          icon={<LinkOutlined />}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const url = window.prompt("https://");
            if (url) exec("createLink", url);
          }}
        />
      </Flex>
      <div
        ref={ref}
        contentEditable
        suppressContentEditableWarning
        className="news-body"
        data-testid={testId}
        onInput={() => onChange?.(ref.current?.innerHTML ?? "")}
        style={{ minHeight: 220, padding: "8px 12px", outline: "none" }}
      />
    </div>
  );
}
