import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";

interface Props {
  /** Already in the user's language, with a {message} placeholder. */
  readonly template: string;
  readonly children: ReactNode;
}

/** A page that crashes shows its error; navigation and the other pages keep working. */
export class PageErrorBoundary extends Component<Props, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error("Task pane page failed", error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>{this.props.template.replace("{message}", this.state.error.message)}</MessageBarBody>
      </MessageBar>
    );
  }
}
