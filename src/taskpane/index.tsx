/// <reference types="office-js" />
/** Add-in entry: waits for Office, checks host and requirement set, then renders the pane. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import { createExcelHost, supportProblem, type OfficeLike } from '../adapters/office/excel-host';
import { App } from './App';

void Office.onReady((info) => {
  const root = createRoot(document.getElementById('root')!);
  const problem = supportProblem(info.host ? String(info.host) : null, Office as unknown as OfficeLike);
  if (problem) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <MessageBar intent="error" data-testid="error-bar">
          <MessageBarBody>{problem.message}</MessageBarBody>
        </MessageBar>
      </FluentProvider>,
    );
    return;
  }
  root.render(<App host={createExcelHost()} />);
});
